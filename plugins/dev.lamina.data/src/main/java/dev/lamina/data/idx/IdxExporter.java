// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.idx;

import dev.lamina.data.DataException;
import dev.lamina.data.StagingFolder;
import dev.lamina.data.image.PixelImage;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes an IDX image/label pair as a class-folder dataset of grayscale PNG files:
 * {@code OUT/<class>/<index>.png}, with the index zero-padded so that sorted names keep the IDX order.
 * The folder appears only when complete.
 */
public final class IdxExporter {

    private IdxExporter() {
    }

    /**
     * Reads {@code images} and {@code labels} and exports them to {@code out}.
     *
     * @param classNames folder names for labels 0, 1, ...; {@code null} uses the label numbers
     */
    public static ExportReport export(Path images, Path labels, Path out, List<String> classNames) {
        if (classNames != null) {
            checkNames(classNames);
        }
        return export(IdxDataset.read(images, labels, classNames), out);
    }

    /** Exports {@code data} (at its stored size) to {@code out}, which must not exist or be empty. */
    public static ExportReport export(IdxDataset data, Path out) {
        return export(data, data.size(), out);
    }

    /** Exports the first {@code count} images of {@code data}, as {@link #export(IdxDataset, Path)}. */
    public static ExportReport export(IdxDataset data, int count, Path out) {
        checkNames(data.classNames());
        if (count < 0 || count > data.size()) {
            throw new IllegalArgumentException("count " + count + " is not within 0.." + data.size());
        }
        int digits = String.valueOf(Math.max(0, count - 1)).length();
        String pattern = "%0" + digits + "d.png";
        int[] counts = new int[data.classNames().size()];
        for (int i = 0; i < count; i++) {
            counts[data.label(i)]++;
        }
        try (StagingFolder staging = StagingFolder.beside(out)) {
            for (String name : data.classNames()) {
                Files.createDirectory(staging.path().resolve(name));
            }
            writeAll(data, count, staging.path(), pattern);
            staging.commit();
        } catch (IOException e) {
            throw new DataException(out, "cannot write export (" + e.getMessage() + ")", e);
        }
        return new ExportReport(out, data.classNames(), counts);
    }

    private static void writeAll(IdxDataset data, int count, Path root, String pattern) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        int chunk = Math.max(256, count / (threads * 4) + 1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int start = 0; start < count; start += chunk) {
                int from = start;
                int to = Math.min(count, start + chunk);
                parts.add(pool.submit(() -> {
                    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
                    try {
                        for (int i = from; i < to; i++) {
                            Path file = root.resolve(data.classNames().get(data.label(i)))
                                    .resolve(String.format(Locale.ROOT, pattern, i));
                            writePng(writer, data.image(i), file);
                        }
                    } finally {
                        writer.dispose();
                    }
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException(root, "export interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DataException data2) {
                throw data2;
            }
            throw new DataException(root, "export failed (" + e.getCause() + ")", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes an 8-bit grayscale PNG. */
    static void writePng(ImageWriter writer, PixelImage gray, Path file) {
        BufferedImage image = new BufferedImage(gray.width(), gray.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(gray.pixels(), 0, target, 0, target.length);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new DataException(file, "cannot encode PNG (" + e.getMessage() + ")", e);
        }
        try {
            Files.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new DataException(file, "cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** Class names must be usable, distinct folder names. */
    static void checkNames(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name.isBlank() || name.equals(".") || name.equals("..") || name.startsWith(".")
                    || name.chars().anyMatch(c -> c == '/' || c == '\\' || c == ':' || Character.isISOControl(c))) {
                throw new DataException(null, "class name '" + name + "' cannot be a folder name"
                        + " (no slashes, colons, control characters or leading dots)");
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new DataException(null, "class name '" + name + "' is given twice (names must differ,"
                        + " ignoring case)");
            }
        }
    }
}
