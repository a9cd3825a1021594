// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

import dev.lamina.run.config.Optimizer;

/** Keras's optimizers, with Keras's constants, as DL4J updaters. */
public final class Updaters {

    /** Keras's epsilon; DL4J's default is 1e-8. */
    private static final double KERAS_EPSILON = 1e-7;

    private Updaters() {
    }

    public static IUpdater of(Optimizer optimizer) {
        double rate = optimizer.learningRate();
        return switch (optimizer.kind()) {
            case ADAM -> new Adam(rate, 0.9, 0.999, KERAS_EPSILON);
            // Keras's RMSprop decays with rho 0.9 (DL4J's default is 0.95)
            case RMSPROP -> new RmsProp(rate, 0.9, KERAS_EPSILON);
            // DL4J has no classical-momentum updater: SGD with momentum runs as Nesterov momentum
            case SGD -> optimizer.momentum() == 0 ? new Sgd(rate) : new Nesterovs(rate, optimizer.momentum());
            case ADAGRAD -> new AdaGrad(rate, KERAS_EPSILON);
        };
    }
}
