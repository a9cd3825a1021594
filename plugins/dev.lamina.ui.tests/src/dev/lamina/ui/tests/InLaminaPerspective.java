// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class's tests in the Lamina perspective of a 1400×900 workbench window
 * ({@link Editors#showLaminaPerspective}) and closes the editors each test leaves open.
 */
public final class InLaminaPerspective implements BeforeAllCallback, AfterEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Editors.showLaminaPerspective();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Editors.closeAll();
    }
}
