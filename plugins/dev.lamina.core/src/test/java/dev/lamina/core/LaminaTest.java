// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LaminaTest {

    @Test
    void versionComesFromTheBuild() {
        assertTrue(Lamina.version().matches("\\d+\\.\\d+\\.\\d+"), Lamina.version());
        assertTrue(Lamina.buildVersion().startsWith(Lamina.version()), Lamina.buildVersion());
    }
}
