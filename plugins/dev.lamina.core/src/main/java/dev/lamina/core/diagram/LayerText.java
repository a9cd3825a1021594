// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

import dev.lamina.core.json.JsonNumber;
import dev.lamina.core.layer.ActivationLayer;
import dev.lamina.core.layer.AveragePooling2D;
import dev.lamina.core.layer.BatchNormalization;
import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.layer.Dense;
import dev.lamina.core.layer.Dropout;
import dev.lamina.core.layer.Flatten;
import dev.lamina.core.layer.GlobalAveragePooling2D;
import dev.lamina.core.layer.GlobalMaxPooling2D;
import dev.lamina.core.layer.InputLayer;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.core.layer.MaxPooling2D;
import dev.lamina.core.layer.Padding;
import dev.lamina.core.layer.Shape;
import dev.lamina.core.layer.Window;

/** Short texts about layers and shapes, as blocks and edges show them. */
public final class LayerText {

    private static final Window ONE = Window.square(1);

    private LayerText() {
    }

    /** A layer's key settings in a few words: {@code 16 filters, 3×3, relu}. */
    public static String settings(Layer layer) {
        return switch (layer) {
            case InputLayer in -> in.height() + "×" + in.width() + "×" + in.channels();
            case Conv2D c -> c.filters() + " filters, " + c.kernelSize() + stride(c.strides(), ONE)
                    + same(c.padding()) + ", " + c.activation().kerasName();
            case MaxPooling2D p -> "max " + p.poolSize() + stride(p.strides(), p.poolSize()) + same(p.padding());
            case AveragePooling2D p -> "average " + p.poolSize() + stride(p.strides(), p.poolSize())
                    + same(p.padding());
            case GlobalMaxPooling2D g -> "max over height × width";
            case GlobalAveragePooling2D g -> "average over height × width";
            case Flatten f -> "to one vector";
            case Dense d -> d.units() + (d.units() == 1 ? " unit, " : " units, ") + d.activation().kerasName();
            case Dropout d -> "rate " + number(d.rate());
            case BatchNormalization b -> "momentum " + number(b.momentum()) + ", ε " + number(b.epsilon());
            case ActivationLayer a -> a.activation().kerasName();
        };
    }

    /** The short Keras alias of a type, for blocks whose name leaves little room: {@code MaxPool2D}. */
    public static String shortType(LayerKind kind) {
        return switch (kind) {
            case INPUT -> "Input";
            case MAX_POOLING2D -> "MaxPool2D";
            case AVERAGE_POOLING2D -> "AvgPool2D";
            case GLOBAL_MAX_POOLING2D -> "GlobalMaxPool2D";
            case GLOBAL_AVERAGE_POOLING2D -> "GlobalAvgPool2D";
            case BATCH_NORMALIZATION -> "BatchNorm";
            default -> kind.kerasName();
        };
    }

    /** A shape without the batch axis: {@code 26×26×16}, {@code 128}, or {@code ?} when unknown. */
    public static String shape(Shape shape) {
        if (shape == null) {
            return "?";
        }
        StringBuilder out = new StringBuilder();
        for (int axis = 0; axis < shape.rank(); axis++) {
            if (axis > 0) {
                out.append('×');
            }
            out.append(shape.dim(axis));
        }
        return out.toString();
    }

    /** {@code 0.2}, {@code 1e-05}, {@code 3}: numbers as the .lamina file writes them. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return JsonNumber.of(value).text();
    }

    private static String stride(Window strides, Window usual) {
        return strides.equals(usual) ? "" : " /" + (strides.height() == strides.width() ? Integer.toString(
                strides.height()) : strides.toString());
    }

    private static String same(Padding padding) {
        return padding == Padding.SAME ? " same" : "";
    }
}
