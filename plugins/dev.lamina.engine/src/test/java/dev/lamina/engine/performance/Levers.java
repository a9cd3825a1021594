// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import java.util.function.Supplier;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import dev.lamina.engine.network.NetworkPlan;

/** What the speed levers' tests share: a network of its own, and a lever switched off by its system property. */
final class Levers {

    private Levers() {
    }

    /**
     * A network of its own configuration: DL4J counts iterations in the configuration, and Adam's bias correction
     * reads that count, so two networks sharing one configuration would not take the same steps.
     */
    static MultiLayerNetwork fresh(NetworkPlan plan) {
        MultiLayerNetwork network = new MultiLayerNetwork(plan.configuration().clone());
        network.init();
        return network;
    }

    /** {@code body}'s result with the system property {@code property} set to {@code false}, restored after. */
    static <T> T switchedOff(String property, Supplier<T> body) {
        String before = System.getProperty(property);
        System.setProperty(property, "false");
        try {
            return body.get();
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }
}
