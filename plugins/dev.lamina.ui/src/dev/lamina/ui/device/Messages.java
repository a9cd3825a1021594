// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.device;

import org.eclipse.osgi.util.NLS;

/** The texts of the device choice in the run file editor. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.device.messages";

    public static String Field_device;
    public static String Field_deviceTooltip;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
