// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import org.eclipse.osgi.util.NLS;

/** The dataset editor's user-visible strings; texts in messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.dataset.messages";

    public static String Editor_classesPage;
    public static String Editor_imagesPage;
    public static String Editor_notAFolder;
    public static String Editor_scanJob;
    public static String Editor_scanning;
    public static String Editor_scanFailed;
    public static String Editor_summary;
    public static String Classes_index;
    public static String Classes_name;
    public static String Classes_images;
    public static String Classes_share;
    public static String Classes_warnings;
    public static String Classes_noWarnings;
    public static String Classes_problems;
    public static String Markers_job;
    public static String Images_class;
    public static String Images_allClasses;
    public static String Images_show;
    public static String Images_all;
    public static String Images_problemsOnly;
    public static String Images_usableOnly;
    public static String Images_zoom;
    public static String Images_selected;
    public static String Images_groupHeader;
    public static String Large_title;
    public static String Large_facts;
    public static String Large_cannotRead;
    public static String Open_notADataset;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
