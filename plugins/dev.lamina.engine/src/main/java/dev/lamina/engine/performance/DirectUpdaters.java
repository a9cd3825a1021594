// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import java.util.List;

import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.BaseMultiLayerUpdater;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.nd4j.linalg.learning.AdamUpdater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a network's Adam updater blocks the {@link DirectAdamUpdater} (the same state, a faster step), and blocks
 * without regularisation an {@link UnregularizedUpdaterBlock} (no per-step search for it). The network's
 * configuration is untouched: its {@code model.zip} still says Adam and loads anywhere DL4J does. Set the system
 * property {@code lamina.updater.direct=false} to leave networks as DL4J builds them (to compare).
 */
public final class DirectUpdaters {

    /** System property that turns this off when {@code false}. */
    public static final String PROPERTY = "lamina.updater.direct";

    private static final Logger LOG = LoggerFactory.getLogger(DirectUpdaters.class);

    private DirectUpdaters() {
    }

    /**
     * Swaps the updater of every Adam block of an initialised network, and every block without regularisation for
     * one that does not look for it. Never throws: on a failure it logs and leaves the rest as it is (each block is
     * correct either way).
     *
     * @return how many blocks now use the direct step
     */
    public static int install(MultiLayerNetwork network) {
        if (network == null || "false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim())) {
            return 0;
        }
        try {
            Updater updater = network.getUpdater();
            if (!(updater instanceof BaseMultiLayerUpdater<?> blocks)) {
                return 0;
            }
            int swapped = 0;
            List<UpdaterBlock> list = blocks.getUpdaterBlocks();
            for (int i = 0; i < list.size(); i++) {
                UpdaterBlock block = list.get(i);
                if (block.getGradientUpdater() instanceof AdamUpdater adam) { // getGradientUpdater() initialises it
                    block.setGradientUpdater(new DirectAdamUpdater(adam));
                    swapped++;
                }
                if (!(block instanceof UnregularizedUpdaterBlock) && !UnregularizedUpdaterBlock.regularized(block)) {
                    list.set(i, new UnregularizedUpdaterBlock(block));
                }
            }
            return swapped;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Adam's direct step not installed: {}", e.toString());
            return 0;
        }
    }
}
