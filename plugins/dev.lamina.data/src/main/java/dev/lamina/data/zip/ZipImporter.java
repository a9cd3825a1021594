// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.zip;

import dev.lamina.data.DataException;
import dev.lamina.data.StagingFolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Extracts a zip archive into a new folder, safely: entries that would land outside the folder
 * (absolute paths, {@code ..}, drive letters) and archives that expand beyond the {@link ZipLimits}
 * are refused; {@code __MACOSX/} and hidden entries are skipped; duplicate paths are reported and
 * only the first is kept. Extraction goes to a temporary folder beside the destination that is
 * moved into place at the end, so a failure leaves nothing behind.
 */
public final class ZipImporter {

    private final ZipLimits limits;

    /** An importer with the given limits. */
    public ZipImporter(ZipLimits limits) {
        this.limits = limits;
    }

    /** An importer with {@link ZipLimits#defaults()}. */
    public ZipImporter() {
        this(ZipLimits.defaults());
    }

    /** Hears an extraction entry by entry. */
    @FunctionalInterface
    public interface Progress {

        /**
         * Entry {@code done} of {@code total} is handled; throwing {@link CancellationException} stops the extraction,
         * which then leaves nothing behind.
         */
        void entry(int done, int total);
    }

    /**
     * Extracts {@code archive} to {@code destination}, which must not exist or be an empty folder.
     *
     * @throws DataException naming the archive (and entry) when anything is refused or fails
     */
    public ImportReport extract(Path archive, Path destination) {
        return extract(archive, destination, (done, total) -> { });
    }

    /**
     * Extracts as {@link #extract(Path, Path)}, telling {@code progress} after each entry.
     *
     * @throws CancellationException when {@code progress} throws it; nothing is left behind
     */
    public ImportReport extract(Path archive, Path destination, Progress progress) {
        if (!Files.isRegularFile(archive)) {
            throw new DataException(archive, Files.exists(archive) ? "not a file" : "file not found");
        }
        long archiveSize;
        try {
            archiveSize = Files.size(archive);
        } catch (IOException e) {
            throw new DataException(archive, "cannot read (" + e.getMessage() + ")", e);
        }
        try (ZipFile zip = open(archive); StagingFolder staging = StagingFolder.beside(destination)) {
            if (zip.size() > limits.maxEntries()) {
                throw refuse(archive, String.format(Locale.ROOT, "has %,d entries, over the limit of %,d",
                        zip.size(), limits.maxEntries()));
            }
            Extraction extraction = new Extraction(archive, archiveSize, staging.path());
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int seen = 0;
            while (entries.hasMoreElements()) {
                if (++seen > limits.maxEntries()) {
                    throw refuse(archive, String.format(Locale.ROOT, "has more than %,d entries", limits.maxEntries()));
                }
                extraction.entry(zip, entries.nextElement());
                progress.entry(seen, zip.size());
            }
            staging.commit();
            return new ImportReport(destination, extraction.files, extraction.total, extraction.duplicates,
                    extraction.skipped);
        } catch (ZipException e) {
            throw new DataException(archive, "not a zip archive or damaged (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DataException(archive, "cannot extract (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The folder of an extracted archive that holds its class folders: {@code extracted} itself ({@code horses/},
     * {@code humans/} at the top, as the course's horse-or-human.zip), or its one sub-folder when that is all it
     * holds and that holds folders only (a zip of {@code horse-or-human/horses}, {@code horse-or-human/humans}).
     */
    public static Path classRoot(Path extracted) throws IOException {
        List<Path> top = visible(extracted);
        if (top.size() == 1 && Files.isDirectory(top.get(0))) {
            List<Path> inner = visible(top.get(0));
            if (!inner.isEmpty() && inner.stream().allMatch(Files::isDirectory)) {
                return top.get(0);
            }
        }
        return extracted;
    }

    private static List<Path> visible(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.filter(p -> !isSkipped(p.getFileName().toString())).sorted().toList();
        }
    }

    private static ZipFile open(Path archive) throws IOException {
        try {
            return new ZipFile(archive.toFile());
        } catch (IllegalArgumentException e) {
            // Names not flagged as UTF-8 and not valid UTF-8: the original zip encoding.
            return new ZipFile(archive.toFile(), Charset.forName("IBM437"));
        }
    }

    private static DataException refuse(Path archive, String why) {
        return new DataException(archive, "refused: " + why);
    }

    /** State of one extraction. */
    private final class Extraction {
        private final Path archive;
        private final long archiveSize;
        private final Path root;
        private final Map<String, String> paths = new HashMap<>();
        private final List<String> duplicates = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private final byte[] buffer = new byte[1 << 16];
        private int files;
        private long total;

        Extraction(Path archive, long archiveSize, Path root) {
            this.archive = archive;
            this.archiveSize = archiveSize;
            this.root = root;
        }

        void entry(ZipFile zip, ZipEntry entry) throws IOException {
            String name = entry.getName();
            List<String> segments = safeSegments(name);
            if (segments.isEmpty() || segments.stream().anyMatch(ZipImporter::isSkipped)) {
                if (!segments.isEmpty()) {
                    skipped.add(name);
                }
                return;
            }
            Path target = root;
            for (String segment : segments) {
                target = target.resolve(segment);
            }
            if (!target.normalize().startsWith(root)) {
                throw refuse(archive, "entry '" + name + "' would be written outside the destination");
            }
            if (entry.isDirectory()) {
                Files.createDirectories(target);
                return;
            }
            String key = String.join("/", segments).toLowerCase(Locale.ROOT);
            if (paths.putIfAbsent(key, name) != null) {
                duplicates.add(name);
                return;
            }
            Files.createDirectories(target.getParent());
            long written = 0;
            long compressed = Math.max(1, entry.getCompressedSize());
            try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    written += n;
                    total += n;
                    checkExpansion(name, written, compressed);
                    out.write(buffer, 0, n);
                }
            } catch (ZipException e) {
                throw new DataException(archive, "entry '" + name + "' is damaged (" + e.getMessage() + ")", e);
            }
            files++;
        }

        private void checkExpansion(String name, long written, long compressed) {
            if (total > limits.maxTotalBytes()) {
                throw refuse(archive, String.format(Locale.ROOT,
                        "expands to more than %,d bytes (zip bomb?) at entry '%s'", limits.maxTotalBytes(), name));
            }
            if (written > limits.ratioFloorBytes() && written > limits.maxRatio() * compressed) {
                throw refuse(archive, String.format(Locale.ROOT,
                        "entry '%s' expands more than %.0f times its compressed size (zip bomb?)",
                        name, limits.maxRatio()));
            }
            if (total > limits.ratioFloorBytes() && total > limits.maxRatio() * archiveSize) {
                throw refuse(archive, String.format(Locale.ROOT,
                        "expands more than %.0f times its own size (zip bomb?) at entry '%s'",
                        limits.maxRatio(), name));
            }
        }

        /** The path segments of an entry name; refuses names that could escape the destination. */
        private List<String> safeSegments(String name) {
            if (name.indexOf('\0') >= 0) {
                throw refuse(archive, "entry '" + name.replace('\0', '?') + "' has a NUL character in its name");
            }
            String path = name.replace('\\', '/');
            if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
                throw refuse(archive, "entry '" + name + "' has an absolute path");
            }
            List<String> segments = new ArrayList<>();
            for (String segment : path.split("/")) {
                if (segment.isEmpty() || segment.equals(".")) {
                    continue;
                }
                if (segment.equals("..")) {
                    throw refuse(archive, "entry '" + name + "' escapes the destination with '..'");
                }
                segments.add(segment);
            }
            return segments;
        }
    }

    private static boolean isSkipped(String segment) {
        return segment.startsWith(".") || segment.equals("__MACOSX") || segment.equalsIgnoreCase("Thumbs.db")
                || segment.equalsIgnoreCase("desktop.ini");
    }
}
