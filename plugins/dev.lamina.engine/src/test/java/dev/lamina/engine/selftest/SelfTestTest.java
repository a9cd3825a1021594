// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.selftest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SelfTestTest {

    @Test
    void aSmallConvNetLearnsTheSyntheticTask() {
        SelfTest.Result result = SelfTest.run(30);
        assertTrue(result.learned(), () -> "loss " + result.initialLoss() + " -> " + result.finalLoss());
    }
}
