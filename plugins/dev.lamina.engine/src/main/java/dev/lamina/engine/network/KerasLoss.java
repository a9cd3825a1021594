package dev.lamina.engine.network;

import java.util.Arrays;
import java.util.Locale;

import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.lossfunctions.impl.LossSparseMCXENT;

import dev.lamina.core.layer.ActivationFunction;

/** Keras's losses and their DL4J counterparts, with the output layers each one fits. */
public enum KerasLoss {

    BINARY_CROSSENTROPY("binary_crossentropy"),
    CATEGORICAL_CROSSENTROPY("categorical_crossentropy"),
    SPARSE_CATEGORICAL_CROSSENTROPY("sparse_categorical_crossentropy"),
    MSE("mse");

    private final String kerasName;

    KerasLoss(String kerasName) {
        this.kerasName = kerasName;
    }

    public String kerasName() {
        return kerasName;
    }

    /** The loss for a Keras name; throws with the accepted names otherwise. */
    public static KerasLoss of(String name) {
        for (KerasLoss loss : values()) {
            if (loss.kerasName.equals(name.toLowerCase(Locale.ROOT))) {
                return loss;
            }
        }
        throw new IllegalArgumentException("unknown loss '" + name + "'; expected one of "
                + Arrays.stream(values()).map(KerasLoss::kerasName).toList());
    }

    /** What the course would compile a model ending in this output with. */
    public static KerasLoss defaultFor(ActivationFunction activation, int units) {
        if (activation == ActivationFunction.SOFTMAX) {
            return CATEGORICAL_CROSSENTROPY;
        }
        if (activation == ActivationFunction.SIGMOID && units == 1) {
            return BINARY_CROSSENTROPY;
        }
        return MSE;
    }

    /**
     * Why this loss does not fit an output layer with this activation and width, or {@code null} when it
     * does.
     */
    public String mismatch(ActivationFunction activation, int units) {
        return switch (this) {
            case BINARY_CROSSENTROPY -> activation == ActivationFunction.SIGMOID ? null
                    : "binary_crossentropy needs a sigmoid output, not " + activation.kerasName();
            case CATEGORICAL_CROSSENTROPY, SPARSE_CATEGORICAL_CROSSENTROPY -> activation == ActivationFunction.SOFTMAX
                    && units >= 2 ? null
                            : kerasName + " needs a softmax output with at least 2 units, not " + activation.kerasName()
                                    + " with " + units;
            case MSE -> null;
        };
    }

    ILossFunction toDl4j() {
        return switch (this) {
            case BINARY_CROSSENTROPY -> new LossBinaryXENT();
            case CATEGORICAL_CROSSENTROPY -> new LossMCXENT();
            case SPARSE_CATEGORICAL_CROSSENTROPY -> new LossSparseMCXENT();
            case MSE -> new LossMSE();
        };
    }
}
