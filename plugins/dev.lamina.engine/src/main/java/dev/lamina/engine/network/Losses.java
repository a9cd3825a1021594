// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.network;

import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.lossfunctions.impl.LossSparseMCXENT;

import dev.lamina.run.config.Loss;

/** Keras's losses as DL4J loss functions (which loss fits which output: {@code KerasLosses}). */
final class Losses {

    private Losses() {
    }

    static ILossFunction toDl4j(Loss loss) {
        return switch (loss) {
            case BINARY_CROSSENTROPY -> new LossBinaryXENT();
            case CATEGORICAL_CROSSENTROPY -> new LossMCXENT();
            case SPARSE_CATEGORICAL_CROSSENTROPY -> new LossSparseMCXENT();
            case MSE -> new LossMSE();
        };
    }
}
