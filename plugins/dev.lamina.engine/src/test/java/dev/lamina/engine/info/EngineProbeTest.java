// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EngineProbeTest {

    @Test
    void reportsTheCpuBackendItLoaded() {
        EngineInfo info = EngineProbe.probe();
        assertTrue(info.cpu());
        assertEquals("ND4J CPU (nd4j-native)", info.backend());
        assertEquals("1.0.0-M2.1", info.backendVersion());
        assertTrue(info.threads() >= 1);
        assertFalse(info.devices().isEmpty());
        assertTrue(info.devices().get(0).startsWith("CPU: "), info.devices().get(0));
    }
}
