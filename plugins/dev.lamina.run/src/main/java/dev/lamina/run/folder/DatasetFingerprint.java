// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.folder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;
import dev.lamina.data.folder.FolderSource;
import dev.lamina.data.pipeline.SampleSource;

/**
 * What a run trained and validated on, recorded at its start in {@link RunLayout#DATASET}: the image count per class
 * and a SHA-256 over the samples in order, so two runs can be told to have seen the same data even after the
 * folders changed (docs/run-folder.md).
 *
 * @param training   the training samples
 * @param validation the validation samples, or {@code null} without validation
 */
public record DatasetFingerprint(Part training, Part validation) {

    /** The version of {@code dataset.json} this class writes and the newest it reads. */
    public static final int FORMAT = 1;

    /**
     * One set of samples.
     *
     * @param counts images per class, in class order
     * @param sha256 hex SHA-256 over each sample's class name and content: a file's bytes for image files, the
     *               decoded pixels for other sources (IDX)
     */
    public record Part(int images, Map<String, Integer> counts, String sha256) {

        public Part {
            counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }

        /** The first 12 hex digits of the hash, as the Runs view shows it. */
        public String shortHash() {
            return sha256.substring(0, Math.min(12, sha256.length()));
        }
    }

    /** Counts and hashes {@code training} and {@code validation} (which may be {@code null}). */
    public static DatasetFingerprint of(SampleSource training, SampleSource validation) {
        return new DatasetFingerprint(part(training), validation == null || validation.size() == 0 ? null
                : part(validation));
    }

    /** Counts and hashes one source; reads every file (or decodes every sample of a non-file source) once. */
    public static Part part(SampleSource source) {
        MessageDigest digest = sha256();
        List<String> classes = source.classNames();
        int[] counts = new int[classes.size()];
        byte[] buffer = new byte[64 * 1024];
        for (int i = 0; i < source.size(); i++) {
            int label = source.label(i);
            counts[label]++;
            digest.update(classes.get(label).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (source instanceof FolderSource folder) {
                Path file = folder.files().get(i).path();
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        digest.update(buffer, 0, n);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ": cannot read for the dataset fingerprint", e);
                }
            } else {
                digest.update(source.load(i).pixels());
            }
        }
        Map<String, Integer> perClass = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            perClass.put(classes.get(c), counts[c]);
        }
        return new Part(source.size(), perClass, HexFormat.of().formatHex(digest.digest()));
    }

    /** Writes {@code dataset.json} into {@code runFolder}, atomically. */
    public void write(Path runFolder) throws IOException {
        JsonObject.Builder root = JsonObject.builder().put("format", FORMAT).put("training", json(training));
        if (validation != null) {
            root.put("validation", json(validation));
        }
        AtomicFile.write(runFolder.resolve(RunLayout.DATASET), Json.write(root.build()) + "\n");
    }

    /**
     * Reads {@code dataset.json} of {@code runFolder}; {@code null} when the folder has none (runs recorded before
     * it existed).
     *
     * @throws IOException naming the file when it cannot be read or is not a fingerprint this version knows
     */
    public static DatasetFingerprint read(Path runFolder) throws IOException {
        return RunRecords.read(runFolder, RunLayout.DATASET, FORMAT,
                root -> new DatasetFingerprint(part(root.getObject("training")),
                        root.isAbsentOrNull("validation") ? null : part(root.getObject("validation"))));
    }

    /** {@code 2000 + 500 images, 3f9a1c2b7d10}: what the Runs view's column says. */
    public String label() {
        return training.images() + (validation == null ? "" : " + " + validation.images()) + " images, "
                + training.shortHash();
    }

    private static JsonObject json(Part part) {
        JsonObject.Builder counts = JsonObject.builder();
        part.counts().forEach((name, count) -> counts.put(name, (long) count));
        return JsonObject.builder().put("images", part.images()).put("classes", counts.build())
                .put("sha256", part.sha256()).build();
    }

    private static Part part(JsonObject json) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(json.getObject("classes").keys());
        for (String name : names) {
            JsonValue count = json.getObject("classes").get(name);
            counts.put(name, count.asInt());
        }
        return new Part(json.getInt("images"), counts, json.getString("sha256"));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
