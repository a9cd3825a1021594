// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.info;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.nd4j.linalg.factory.Nd4j;

import dev.lamina.engine.device.Devices;
import dev.lamina.run.config.Backend;

/** Asks the running ND4J back end what it is. The first call loads the natives (seconds). */
public final class EngineProbe {

    private EngineProbe() {
    }

    /** The first device the engine reports, as {@code lamina version} names it; empty when the probe fails. */
    public static String firstDevice() {
        try {
            List<String> devices = probe().devices();
            return devices.isEmpty() ? "" : devices.getFirst();
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }

    public static EngineInfo probe() {
        String cuda = Devices.cudaSummary();
        List<String> gpus = Devices.gpuLines();
        String auto = Devices.decide(Backend.AUTO, 0).summary();
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        boolean cpu = Nd4j.getEnvironment().isCPU();
        String backend = cpu ? "ND4J CPU (nd4j-native)" : "ND4J CUDA (nd4j-cuda)";
        String blas = String.valueOf(env.getOrDefault("blas.vendor", "unknown"));
        int threads = Nd4j.getEnvironment().maxThreads();
        return new EngineInfo(backend, nd4jVersion(), blas, threads, devices(cpu, env), cpu,
                dev.lamina.data.image.NativeCodecs.status(), cuda, gpus, auto);
    }

    private static List<String> devices(boolean cpu, Properties env) {
        List<String> devices = new ArrayList<>();
        if (cpu) {
            int cores = Runtime.getRuntime().availableProcessors();
            // ND4J stores numbers, not strings, in this Properties object
            long memory = env.get("memory.available") instanceof Number n ? n.longValue() : 0;
            devices.add(String.format(Locale.ROOT, "CPU: %s, %d logical cores, %s for tensors",
                    cpuModel().orElse("unknown model"), cores, gib(memory)));
        } else {
            int count = Nd4j.getAffinityManager().getNumberOfDevices();
            for (int i = 0; i < count; i++) {
                devices.add("GPU " + i);
            }
        }
        return devices;
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String nd4jVersion() {
        try (InputStream in = Nd4j.class.getResourceAsStream("/META-INF/maven/org.nd4j/nd4j-api/pom.properties")) {
            if (in != null) {
                Properties pom = new Properties();
                pom.load(in);
                return pom.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String version = Nd4j.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
