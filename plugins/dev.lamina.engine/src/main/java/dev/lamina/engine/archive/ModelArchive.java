// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonException;
import dev.lamina.core.json.JsonNull;
import dev.lamina.core.json.JsonNumber;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonString;
import dev.lamina.core.json.JsonValue;
import dev.lamina.core.model.LaminaFormat;
import dev.lamina.core.model.ModelLoadException;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.Interpolation;
import dev.lamina.run.config.Loss;
import dev.lamina.run.metrics.EpochMetrics;

/**
 * A trained model file: DL4J's {@code ModelSerializer} zip (configuration, weights, optionally the updater state)
 * plus one entry, {@code lamina.json}, with the {@link ModelMetadata}. DL4J reads the file as its own and ignores
 * the extra entry. Written atomically: a reader sees the old file or the new one.
 */
public final class ModelArchive {

    /** The entry holding Lamina's metadata. */
    public static final String METADATA_ENTRY = "lamina.json";
    /** Version of the {@code lamina.json} layout. */
    public static final int FORMAT = 1;

    private ModelArchive() {
    }

    /** Saves the network and its metadata; {@code withUpdater} keeps the optimizer's state for resuming. */
    public static void write(Path file, MultiLayerNetwork network, ModelMetadata metadata, boolean withUpdater)
            throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path raw = Files.createTempFile(folder, ".dl4j-", ".zip");
        try {
            ModelSerializer.writeModel(network, raw.toFile(), withUpdater);
            byte[] json = Json.write(toJson(metadata)).getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(file, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                try (ZipFile dl4j = new ZipFile(raw.toFile())) {
                    Enumeration<? extends ZipEntry> entries = dl4j.entries();
                    while (entries.hasMoreElements()) {
                        ZipEntry entry = entries.nextElement();
                        zip.putNextEntry(new ZipEntry(entry.getName()));
                        try (InputStream in = dl4j.getInputStream(entry)) {
                            in.transferTo(zip);
                        }
                        zip.closeEntry();
                    }
                }
                zip.putNextEntry(new ZipEntry(METADATA_ENTRY));
                zip.write(json);
                zip.closeEntry();
                zip.finish();
            });
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /** The network, with its updater state when {@code withUpdater} (to resume training). */
    public static MultiLayerNetwork readNetwork(Path file, boolean withUpdater) throws ModelArchiveException {
        readMetadata(file);
        try {
            return ModelSerializer.restoreMultiLayerNetwork(file.toFile(), withUpdater);
        } catch (IOException | RuntimeException e) {
            throw new ModelArchiveException(file, "cannot read the network: " + e.getMessage());
        }
    }

    /** The metadata; fails with one line naming the file when it is not a Lamina model. */
    public static ModelMetadata readMetadata(Path file) throws ModelArchiveException {
        if (!Files.isRegularFile(file)) {
            throw new ModelArchiveException(file, "no such file");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(METADATA_ENTRY);
            if (entry == null) {
                throw new ModelArchiveException(file, "not a Lamina model (it has no " + METADATA_ENTRY
                        + "); train it with 'lamina train'");
            }
            String text;
            try (InputStream in = zip.getInputStream(entry)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return fromJson(Json.parse(text, file.getFileName() + "!" + METADATA_ENTRY), file);
        } catch (ZipException e) {
            throw new ModelArchiveException(file, "not a model file (not a zip archive)");
        } catch (IOException e) {
            throw new ModelArchiveException(file, "cannot read: " + e.getMessage());
        }
    }

    static JsonObject toJson(ModelMetadata metadata) {
        List<JsonValue> classes = metadata.classNames().stream().map(name -> (JsonValue) JsonString.of(name)).toList();
        List<JsonValue> history = new ArrayList<>();
        for (EpochMetrics epoch : metadata.history()) {
            history.add(JsonObject.builder()
                    .put("epoch", epoch.epoch())
                    .put("loss", epoch.loss())
                    .put("accuracy", epoch.accuracy())
                    .put("val_loss", finiteOrNull(epoch.valLoss()))
                    .put("val_accuracy", finiteOrNull(epoch.valAccuracy()))
                    .put("seconds", epoch.seconds())
                    .build());
        }
        return JsonObject.builder()
                .put("format", FORMAT)
                .put("classes", JsonArray.of(classes))
                .put("input", JsonObject.builder()
                        .put("height", metadata.height())
                        .put("width", metadata.width())
                        .put("color_mode", metadata.colorMode().name().toLowerCase(Locale.ROOT))
                        .put("interpolation", metadata.interpolation().name().toLowerCase(Locale.ROOT))
                        .build())
                .put("rescale", metadata.rescale())
                .put("loss", metadata.loss().jsonName())
                .put("history", JsonArray.of(history))
                .put("model", LaminaFormat.toJson(metadata.model()))
                .build();
    }

    private static JsonValue finiteOrNull(double value) {
        return Double.isFinite(value) ? JsonNumber.of(value) : JsonNull.NULL;
    }

    static ModelMetadata fromJson(JsonValue document, Path file) throws ModelArchiveException {
        try {
            JsonObject root = document.asObject();
            int format = root.getInt("format");
            if (format > FORMAT) {
                throw new ModelArchiveException(file, "made by a newer Lamina (metadata format " + format
                        + "; this one reads " + FORMAT + ")");
            }
            List<String> classes = new ArrayList<>();
            for (JsonValue name : root.getArray("classes")) {
                classes.add(name.asString());
            }
            JsonObject input = root.getObject("input");
            List<EpochMetrics> history = new ArrayList<>();
            for (JsonValue value : root.getArray("history")) {
                JsonObject epoch = value.asObject();
                history.add(new EpochMetrics(epoch.getInt("epoch"), epoch.getDouble("loss"),
                        epoch.getDouble("accuracy"), orNaN(epoch, "val_loss"), orNaN(epoch, "val_accuracy"),
                        epoch.getDouble("seconds")));
            }
            Loss loss = Loss.fromJsonName(root.getString("loss")).orElseThrow(
                    () -> new ModelArchiveException(file, "unknown loss " + root.getString("loss")));
            return new ModelMetadata(LaminaFormat.fromJson(root.require("model")), classes, input.getInt("height"),
                    input.getInt("width"), ColorMode.parse(input.getString("color_mode")),
                    Interpolation.parse(input.getString("interpolation")), root.getDouble("rescale"), loss, history);
        } catch (JsonException | ModelLoadException | IllegalArgumentException e) {
            throw new ModelArchiveException(file, "damaged " + METADATA_ENTRY + ": " + e.getMessage());
        }
    }

    private static double orNaN(JsonObject object, String key) {
        return object.isAbsentOrNull(key) ? Double.NaN : object.getDouble(key);
    }
}
