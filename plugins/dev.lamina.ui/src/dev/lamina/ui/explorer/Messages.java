// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.explorer;

import org.eclipse.osgi.util.NLS;

/** The Convolution Explorer's strings; texts in messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.explorer.messages";

    public static String Explorer_partName;
    public static String Explorer_coursePhoto;
    public static String Explorer_coursePhotoTooltip;
    public static String Explorer_notAnImage;
    public static String Explorer_kernel;
    public static String Explorer_cellTooltip;
    public static String Explorer_weight;
    public static String Explorer_weightTooltip;
    public static String Explorer_pool;
    public static String Explorer_noPool;
    public static String Explorer_transposed;
    public static String Explorer_transposedTooltip;
    public static String Explorer_save;
    public static String Explorer_hoverHint;
    public static String Explorer_badCell;
    public static String Explorer_badWeight;
    public static String Explorer_job;
    public static String Explorer_original;
    public static String Explorer_filtered;
    public static String Explorer_pooled;
    public static String Explorer_notPooled;
    public static String Explorer_step;
    public static String Explorer_poolStep;
    public static String Explorer_poolDropped;
    public static String Explorer_attribution;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
