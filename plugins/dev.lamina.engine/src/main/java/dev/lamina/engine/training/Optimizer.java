package dev.lamina.engine.training;

import java.util.Arrays;
import java.util.Locale;

import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * Keras's optimizers with Keras's defaults, as DL4J updaters.
 *
 * @param name         {@code adam}, {@code rmsprop}, {@code sgd} or {@code adagrad}
 * @param learningRate the step size; Keras's default for the optimizer when not given
 * @param momentum     SGD only: momentum (DL4J implements it as Nesterov momentum)
 */
public record Optimizer(String name, double learningRate, double momentum) {

    /** Keras's epsilon ({@code 1e-7}); DL4J's defaults are 1e-8. */
    private static final double KERAS_EPSILON = 1e-7;

    public Optimizer {
        name = name.toLowerCase(Locale.ROOT);
        if (!Arrays.asList("adam", "rmsprop", "sgd", "adagrad").contains(name)) {
            throw new IllegalArgumentException("unknown optimizer '" + name + "'; expected adam, rmsprop, sgd or adagrad");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
        if (momentum < 0 || momentum >= 1) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
    }

    /** The optimizer with Keras's default learning rate (0.01 for sgd, 0.001 otherwise). */
    public static Optimizer of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return new Optimizer(lower, lower.equals("sgd") ? 0.01 : 0.001, 0);
    }

    IUpdater toUpdater() {
        return switch (name) {
            case "adam" -> new Adam(learningRate, 0.9, 0.999, KERAS_EPSILON);
            // Keras RMSprop: rho 0.9 (DL4J's default decay is 0.95)
            case "rmsprop" -> new RmsProp(learningRate, 0.9, KERAS_EPSILON);
            case "sgd" -> momentum == 0 ? new Sgd(learningRate) : new Nesterovs(learningRate, momentum);
            case "adagrad" -> new AdaGrad(learningRate, KERAS_EPSILON);
            default -> throw new IllegalStateException(name);
        };
    }
}
