// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.lamina.engine.info.EngineInfo;
import dev.lamina.engine.info.EngineProbe;
import dev.lamina.engine.selftest.SelfTest;

/** DL4J and ND4J load and train inside the OSGi framework, from the one libs bundle. */
class Dl4jInOsgiTest {

    @Test
    void nd4jIsLoadedByTheLibsBundleInsideOsgi() {
        Bundle self = FrameworkUtil.getBundle(Dl4jInOsgiTest.class);
        assertNotNull(self, "this test must run inside an OSGi framework");
        Bundle nd4j = FrameworkUtil.getBundle(Nd4j.class);
        assertNotNull(nd4j, "ND4J must come from a bundle");
        assertEquals("dev.lamina.libs", nd4j.getSymbolicName());
    }

    @Test
    void theBackendIsNd4jsCpuBackend() {
        EngineInfo info = EngineProbe.probe();
        assertTrue(info.cpu());
        assertEquals("ND4J CPU (nd4j-native)", info.backend());
        assertEquals("CpuBackend", Nd4j.getBackend().getClass().getSimpleName());
        assertEquals("1.0.0-M2.1", info.backendVersion());
    }

    @Test
    void aConvNetTrainsAndItsLossFalls() {
        SelfTest.Result result = SelfTest.run(30);
        assertTrue(result.finalLoss() < result.initialLoss() * 0.8,
                () -> "loss " + result.initialLoss() + " -> " + result.finalLoss());
    }
}
