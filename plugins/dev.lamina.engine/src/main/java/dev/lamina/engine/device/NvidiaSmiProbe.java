// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.device;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the GPUs with {@code nvidia-smi --query-gpu=...}, after checking that the driver library
 * {@code libcuda.so.1} is installed at all. A separate process, so nothing of CUDA enters the JVM.
 */
public final class NvidiaSmiProbe implements DeviceProbe {

    static final String FIELDS = "index,name,memory.total,memory.free,compute_cap";
    /** Drivers before 510 do not know {@code compute_cap}; they are asked again without it. */
    static final String OLD_DRIVER_FIELDS = "index,name,memory.total,memory.free";
    private static final long MIB = 1024L * 1024;
    private static final long TIMEOUT_SECONDS = 15;

    /** Where Linux distributions, WSL and NixOS put the driver's {@code libcuda.so.1}. */
    private static final List<String> LIBRARY_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib",
            "/lib/x86_64-linux-gnu", "/lib64", "/usr/local/nvidia/lib64", "/usr/lib/wsl/lib",
            "/run/opengl-driver/lib");

    private final List<Path> libraryDirs;
    private final String command;

    /** Looks in {@code libraryDirs} for the driver and runs {@code command} as {@code nvidia-smi}. */
    public NvidiaSmiProbe(List<Path> libraryDirs, String command) {
        this.libraryDirs = List.copyOf(libraryDirs);
        this.command = command;
    }

    /** This machine's driver directories ({@code LD_LIBRARY_PATH} first) and {@code nvidia-smi} on the PATH. */
    public static NvidiaSmiProbe system() {
        List<Path> dirs = new ArrayList<>();
        String ldPath = System.getenv("LD_LIBRARY_PATH");
        if (ldPath != null) {
            for (String dir : ldPath.split(":")) {
                // the CUDA toolkit's stubs/libcuda.so links programs but drives no GPU
                if (!dir.isBlank() && !dir.endsWith("/stubs")) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        LIBRARY_DIRS.forEach(dir -> dirs.add(Path.of(dir)));
        return new NvidiaSmiProbe(dirs, "nvidia-smi");
    }

    @Override
    public GpuInventory probe() {
        if (libraryDirs.stream().noneMatch(dir -> Files.exists(dir.resolve("libcuda.so.1")))) {
            return GpuInventory.noDriver();
        }
        try {
            Result result = run(FIELDS);
            boolean withCapability = true;
            if (result.exit != 0 && result.output.contains("compute_cap")) {
                result = run(OLD_DRIVER_FIELDS);
                withCapability = false;
            }
            if (result.exit != 0) {
                String first = result.output.strip().lines().findFirst().orElse("no output");
                return GpuInventory.unreadable("nvidia-smi failed (exit " + result.exit + "): " + first);
            }
            return GpuInventory.of(parse(result.output, withCapability));
        } catch (IOException e) {
            return GpuInventory.unreadable("NVIDIA driver present, but " + command
                    + " could not be run, so the GPUs are unknown (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            return GpuInventory.unreadable("nvidia-smi printed what Lamina cannot read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GpuInventory.unreadable("interrupted while asking nvidia-smi");
        }
    }

    private record Result(int exit, String output) {
    }

    private Result run(String fields) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command, "--query-gpu=" + fields, "--format=csv,noheader,nounits")
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] bytes;
        try (InputStream in = process.getInputStream()) {
            bytes = in.readAllBytes();
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("no answer within " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Reads the lines of {@code nvidia-smi --query-gpu=index,name,memory.total,memory.free[,compute_cap]
     * --format=csv,noheader,nounits}: memory in MiB, {@code [N/A]} or {@code [Not Supported]} where the driver has no
     * value.
     *
     * @param withCapability whether the query asked for {@code compute_cap} (the last column)
     * @throws IllegalArgumentException naming the line that does not read
     */
    public static List<GpuDevice> parse(String output, boolean withCapability) {
        int tail = withCapability ? 3 : 2;
        List<GpuDevice> devices = new ArrayList<>();
        for (String line : output.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] cells = line.split(",");
            if (cells.length < 2 + tail) {
                throw new IllegalArgumentException("\"" + line + "\"");
            }
            try {
                int index = Integer.parseInt(cells[0].strip());
                // a name with commas in it spreads over several cells
                String name = String.join(",", Arrays.copyOfRange(cells, 1, cells.length - tail)).strip();
                Optional<Long> total = mebibytes(cells[cells.length - tail]);
                Optional<Long> free = mebibytes(cells[cells.length - tail + 1]);
                Optional<ComputeCapability> capability = Optional.empty();
                if (withCapability && !isMissing(cells[cells.length - 1])) {
                    capability = Optional.of(ComputeCapability.parse(cells[cells.length - 1])
                            .orElseThrow(() -> new IllegalArgumentException("\"" + line + "\"")));
                }
                devices.add(new GpuDevice(index, name, total.orElse(0L), free, capability));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + line + "\"", e);
            }
        }
        return devices;
    }

    private static Optional<Long> mebibytes(String cell) {
        String value = cell.strip();
        return isMissing(value) ? Optional.empty() : Optional.of(Long.parseLong(value) * MIB);
    }

    private static boolean isMissing(String cell) {
        String value = cell.strip();
        return value.startsWith("[") && value.endsWith("]");
    }

}
