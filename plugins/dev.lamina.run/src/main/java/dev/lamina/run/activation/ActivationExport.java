// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.activation;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonArray;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;
import dev.lamina.data.DataException;
import dev.lamina.data.image.PngFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code lamina activations} writes into its output folder: for the {@code n}-th layer called
 * {@code name}, {@code NN-name.png} (the {@link ActivationGrid}) when its output is a feature map
 * ({@code [C, H, W]} or {@code [H, W]}), {@code NN-name.npy} with the raw values when raw output is
 * on, and at the end {@code activations.json} listing every layer with its shape, files and
 * statistics. Outputs that are not feature maps (a Dense layer's vector) get no picture, as in the
 * course, which shows only 4-dimensional outputs.
 */
public final class ActivationExport {

    /** The index file's name. */
    public static final String INDEX = "activations.json";

    private final Path folder;
    private final GridOptions options;
    private final boolean raw;
    private final List<JsonValue> layers = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();

    /**
     * @param folder  the output folder, created when missing
     * @param options grid layout
     * @param raw     also write {@code .npy} files
     */
    public ActivationExport(Path folder, GridOptions options, boolean raw) {
        this.folder = folder;
        this.options = options;
        this.raw = raw;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DataException(folder, "cannot create output folder (" + DataException.ioReason(e) + ")", e);
        }
    }

    /**
     * Writes the files for the next layer.
     *
     * @param layerName the layer's name (used in file names, made safe)
     * @param values    the layer's output for one image, in C order for {@code shape}
     * @param shape     without the batch dimension, channels first: {@code [C, H, W]}, {@code [H, W]} or {@code [N]}
     * @return the files written for this layer
     */
    public List<Path> add(String layerName, float[] values, int... shape) {
        int index = layers.size();
        String base = String.format(Locale.ROOT, "%02d-%s", index, safeName(layerName));
        List<Path> files = new ArrayList<>();
        JsonObject.Builder entry = JsonObject.builder()
                .put("index", index)
                .put("name", layerName)
                .put("shape", JsonArray.ofInts(shape));
        if (shape.length == 3 || shape.length == 2) {
            int c = shape.length == 3 ? shape[0] : 1;
            int h = shape[shape.length - 2];
            int w = shape[shape.length - 1];
            Path png = folder.resolve(base + ".png");
            PngFile.write(ActivationGrid.render(values, c, h, w, options), png);
            files.add(png);
            GridLayout grid = ActivationGrid.layout(c, h, w, options);
            entry.put("png", png.getFileName().toString())
                    .put("grid", JsonArray.ofInts(grid.columns(), grid.rows()))
                    .put("scale", grid.tileWidth() / w);
        } else {
            entry.putNull("png");
        }
        if (raw) {
            Path npy = folder.resolve(base + ".npy");
            NpyFile.write(npy, values, shape);
            files.add(npy);
            entry.put("npy", npy.getFileName().toString());
        } else {
            entry.putNull("npy");
        }
        putStats(entry, values);
        layers.add(entry.build());
        written.addAll(files);
        return files;
    }

    /**
     * Writes {@code activations.json} and returns its path.
     *
     * @param model the model file shown in the index
     * @param image the input image shown in the index
     */
    public Path finish(String model, String image) {
        JsonObject index = JsonObject.builder()
                .put("format", 1)
                .put("model", model)
                .put("image", image)
                .put("colormap", "viridis")
                .put("standardization", "per channel: (x - mean) / std * 64 + 128, clipped to 0..255")
                .put("layers", JsonArray.of(layers))
                .build();
        Path file = folder.resolve(INDEX);
        try {
            AtomicFile.write(file, Json.write(index) + "\n");
        } catch (IOException e) {
            throw new DataException(file, "cannot write (" + DataException.ioReason(e) + ")", e);
        }
        written.add(file);
        return file;
    }

    /** Every file written so far. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    /** {@code name} with anything but letters, digits, {@code _ - .} replaced by {@code _}. */
    static String safeName(String name) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "layer" + safe;
        }
        return safe.length() > 80 ? safe.substring(0, 80) : safe;
    }

    /** The value rounded to float and written as short as float allows ({@code 0.1}, not {@code 0.10000000149011612}). */
    private static double asFloat(double value) {
        return Double.parseDouble(Float.toString((float) value));
    }

    private static void putStats(JsonObject.Builder entry, float[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int finite = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
                finite++;
            }
        }
        if (finite == 0) {
            entry.putNull("min").putNull("max").putNull("mean");
        } else {
            entry.put("min", asFloat(min)).put("max", asFloat(max)).put("mean", asFloat(sum / finite));
        }
        if (finite < values.length) {
            entry.put("non_finite", values.length - finite);
        }
    }
}
