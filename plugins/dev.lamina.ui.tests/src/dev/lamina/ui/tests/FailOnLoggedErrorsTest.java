// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The harness's own check: an error written to the platform log is caught, warnings are not. */
@ExtendWith(FailOnLoggedErrors.class)
class FailOnLoggedErrorsTest {

    @Test
    void anErrorInThePlatformLogIsCaughtWithItsMessage() {
        ILog log = ILog.of(FailOnLoggedErrorsTest.class);
        log.log(Status.warning("a warning is not a failure"));
        log.log(Status.error("the rasterizer is missing", new IllegalStateException("no SVG")));
        List<String> caught = new java.util.ArrayList<>();
        long deadline = System.currentTimeMillis() + 10_000;
        while (caught.isEmpty() && System.currentTimeMillis() < deadline) {
            caught.addAll(FailOnLoggedErrors.drain());
            Ui.sleep(50);
        }
        Ui.sleep(500);
        caught.addAll(FailOnLoggedErrors.drain());
        assertEquals(1, caught.size(), caught.toString());
        assertTrue(caught.get(0).contains("the rasterizer is missing"), caught.get(0));
        assertTrue(caught.get(0).contains("no SVG"), caught.get(0));
        assertTrue(FailOnLoggedErrors.drain().isEmpty(), "drained");
    }
}
