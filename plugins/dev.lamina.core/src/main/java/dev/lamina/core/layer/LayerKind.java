// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The layer types Lamina supports, with their Keras class names and default name prefixes. */
public enum LayerKind {
    INPUT("InputLayer", "input"),
    CONV2D("Conv2D", "conv2d"),
    MAX_POOLING2D("MaxPooling2D", "max_pooling2d"),
    AVERAGE_POOLING2D("AveragePooling2D", "average_pooling2d"),
    GLOBAL_AVERAGE_POOLING2D("GlobalAveragePooling2D", "global_average_pooling2d"),
    GLOBAL_MAX_POOLING2D("GlobalMaxPooling2D", "global_max_pooling2d"),
    FLATTEN("Flatten", "flatten"),
    DENSE("Dense", "dense"),
    DROPOUT("Dropout", "dropout"),
    BATCH_NORMALIZATION("BatchNormalization", "batch_normalization"),
    ACTIVATION("Activation", "activation");

    private final String kerasName;
    private final String namePrefix;

    LayerKind(String kerasName, String namePrefix) {
        this.kerasName = kerasName;
        this.namePrefix = namePrefix;
    }

    /** The Keras class name, e.g. {@code MaxPooling2D}. */
    public String kerasName() {
        return kerasName;
    }

    /** The prefix of default layer names, e.g. {@code max_pooling2d}. */
    public String namePrefix() {
        return namePrefix;
    }

    /**
     * The kind with the given Keras class name; also accepts the Keras aliases {@code Input},
     * {@code MaxPool2D}, {@code AvgPool2D}, {@code GlobalAvgPool2D}, {@code GlobalMaxPool2D} and
     * {@code Convolution2D}.
     */
    public static Optional<LayerKind> fromKerasName(String name) {
        for (LayerKind kind : values()) {
            if (kind.kerasName.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.ofNullable(switch (name) {
            case "Input" -> INPUT;
            case "Convolution2D" -> CONV2D;
            case "MaxPool2D" -> MAX_POOLING2D;
            case "AvgPool2D" -> AVERAGE_POOLING2D;
            case "GlobalAvgPool2D" -> GLOBAL_AVERAGE_POOLING2D;
            case "GlobalMaxPool2D" -> GLOBAL_MAX_POOLING2D;
            default -> null;
        });
    }

    /** {@code InputLayer, Conv2D, …} for messages. */
    public static String allKerasNames() {
        return Arrays.stream(values()).map(LayerKind::kerasName).collect(Collectors.joining(", "));
    }
}
