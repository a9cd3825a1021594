// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import java.util.List;

import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.regularization.Regularization;

/**
 * DL4J's updater block for variables none of which is regularised: DL4J's block looks for regularisation before and
 * after every step, variable by variable, making two array views each time (0.7 ms a step of the course's MNIST
 * model on 2 cores, for nothing). Everything else is DL4J's, with the same views and updater.
 */
final class UnregularizedUpdaterBlock extends UpdaterBlock {

    UnregularizedUpdaterBlock(UpdaterBlock block) {
        super(block.getParamOffsetStart(), block.getParamOffsetEnd(), block.getUpdaterViewOffsetStart(),
                block.getUpdaterViewOffsetEnd(), block.getLayersAndVariablesInBlock());
        setUpdaterView(block.getUpdaterView());
        setGradientView(block.getGradientView());
        setUpdaterViewRequiresInitialization(block.isUpdaterViewRequiresInitialization());
        setGradientUpdater(block.getGradientUpdater());
    }

    /** Whether any variable of the block has a regularisation (L1, L2, weight decay) in its layer's configuration. */
    static boolean regularized(UpdaterBlock block) {
        for (ParamState variable : block.getLayersAndVariablesInBlock()) {
            List<Regularization> regularizations = variable.getLayer().getConfig()
                    .getRegularizationByParam(variable.getParamName());
            if (regularizations != null && !regularizations.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void applyRegularizationAllVariables(Regularization.ApplyStep applyStep, int iteration, int epoch,
            boolean externalGradient, INDArray fullNetworkGradientView, INDArray fullNetworkParamsArray) {
        // nothing to apply: see regularized(...)
    }
}
