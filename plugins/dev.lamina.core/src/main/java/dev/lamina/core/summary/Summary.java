// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.summary;

import dev.lamina.core.layer.InputLayer;
import dev.lamina.core.model.Model;
import dev.lamina.core.shape.Analysis;
import dev.lamina.core.shape.LayerResult;
import dev.lamina.core.shape.Problem;
import dev.lamina.core.shape.ShapeInference;
import java.util.List;
import java.util.Locale;

/**
 * Model summaries as text. {@link #keras} is character for character what tf.keras 2.x (2.9 to
 * 2.12) prints for {@code model.summary()} of a Sequential model; {@link #extended} adds
 * multiply-accumulates and memory.
 */
public final class Summary {

    private static final Table KERAS = new Table(29, 55, 65);
    private static final Table EXTENDED = new Table(29, 55, 67, 81, 96);
    private static final String UNKNOWN = "?";

    private Summary() {
    }

    /** The Keras {@code model.summary()} text of a model, lines ending in {@code \n}. */
    public static String keras(Model model) {
        return keras(ShapeInference.analyze(model));
    }

    /**
     * The Keras {@code model.summary()} text. Like Keras, it leaves out the Input layer; layers whose
     * shape cannot be inferred show {@code ?}.
     */
    public static String keras(Analysis analysis) {
        StringBuilder out = new StringBuilder();
        out.append("Model: \"").append(analysis.model().name()).append("\"\n");
        KERAS.rule('_', out);
        KERAS.row(List.of("Layer (type)", "Output Shape", "Param #"), out);
        KERAS.rule('=', out);
        for (LayerResult layer : analysis.layers()) {
            if (layer.layer() instanceof InputLayer) {
                continue;
            }
            KERAS.row(List.of(layer.layer().label(), shape(layer), layer.inferred() ? Long.toString(layer.params())
                    : UNKNOWN), out);
            out.repeat(' ', KERAS.width()).append('\n');
        }
        KERAS.rule('=', out);
        out.append("Total params: ").append(grouped(analysis.totalParams())).append('\n');
        out.append("Trainable params: ").append(grouped(analysis.trainableParams())).append('\n');
        out.append("Non-trainable params: ").append(grouped(analysis.nonTrainableParams())).append('\n');
        KERAS.rule('_', out);
        return out.toString();
    }

    /** The extended summary of a model. */
    public static String extended(Model model) {
        return extended(ShapeInference.analyze(model));
    }

    /**
     * The Keras layout with the Input row and two more columns: multiply-accumulates and float32
     * activation memory per sample; the totals add parameter memory, and any problems follow.
     */
    public static String extended(Analysis analysis) {
        StringBuilder out = new StringBuilder();
        out.append("Model: \"").append(analysis.model().name()).append("\"\n");
        EXTENDED.rule('_', out);
        EXTENDED.row(List.of("Layer (type)", "Output Shape", "Param #", "MACs", "Activations"), out);
        EXTENDED.rule('=', out);
        for (LayerResult layer : analysis.layers()) {
            boolean known = layer.inferred();
            EXTENDED.row(List.of(layer.layer().label(), shape(layer),
                    known ? grouped(layer.params()) : UNKNOWN,
                    known ? grouped(layer.macs()) : UNKNOWN,
                    known ? memory(layer.activationBytes()) : UNKNOWN), out);
            out.repeat(' ', EXTENDED.width()).append('\n');
        }
        EXTENDED.rule('=', out);
        out.append("Total params: ").append(grouped(analysis.totalParams()))
                .append(" (").append(memory(analysis.parameterBytes())).append(")\n");
        out.append("Trainable params: ").append(grouped(analysis.trainableParams()))
                .append(" (").append(memory(analysis.trainableParams() * LayerResult.BYTES_PER_VALUE)).append(")\n");
        out.append("Non-trainable params: ").append(grouped(analysis.nonTrainableParams()))
                .append(" (").append(memory(analysis.nonTrainableParams() * LayerResult.BYTES_PER_VALUE))
                .append(")\n");
        out.append("Multiply-accumulates per sample: ").append(grouped(analysis.totalMacs())).append('\n');
        out.append("Activation memory per sample: ").append(memory(analysis.activationBytes())).append('\n');
        EXTENDED.rule('_', out);
        for (Problem problem : analysis.problems()) {
            out.append(problem).append('\n');
        }
        return out.toString();
    }

    /** {@code 347,690}. */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Bytes the way Keras 2.13+ prints them: {@code 1.33 MB}, 1024-based, two decimals. */
    public static String memory(long bytes) {
        String[] units = {"Byte", "KB", "MB", "GB", "TB", "PB"};
        double size = bytes;
        for (String unit : units) {
            if (size / 1024 < 1) {
                return String.format(Locale.ROOT, "%.2f %s", size, unit);
            }
            size /= 1024;
        }
        return String.format(Locale.ROOT, "%.2f %s", size, units[units.length - 1]);
    }

    private static String shape(LayerResult layer) {
        return layer.inferred() ? layer.output().toString() : UNKNOWN;
    }
}
