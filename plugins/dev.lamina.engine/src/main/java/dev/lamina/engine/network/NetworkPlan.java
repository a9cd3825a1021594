// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.network;

import java.util.Arrays;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;

import dev.lamina.core.model.Model;
import dev.lamina.run.config.Loss;

/**
 * A Lamina model translated to DL4J.
 *
 * @param model         the model it was built from
 * @param configuration the DL4J configuration
 * @param dl4jLayer     for each model layer, the index of its DL4J layer, or -1 for layers DL4J does not need
 *                      (Input becomes the input type, Flatten a preprocessor)
 * @param loss          the loss the output layer trains with
 */
public record NetworkPlan(Model model, MultiLayerConfiguration configuration, int[] dl4jLayer, Loss loss) {

    public NetworkPlan {
        dl4jLayer = dl4jLayer.clone();
    }

    /** The DL4J layer index of model layer {@code index}, or -1. */
    public int dl4jLayerOf(int index) {
        return dl4jLayer[index];
    }

    @Override
    public int[] dl4jLayer() {
        return dl4jLayer.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetworkPlan plan && plan.model.equals(model) && plan.loss == loss
                && Arrays.equals(plan.dl4jLayer, dl4jLayer) && plan.configuration.equals(configuration);
    }

    @Override
    public int hashCode() {
        return model.hashCode() * 31 + Arrays.hashCode(dl4jLayer);
    }
}
