// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

/** Job families of the dataset editor, so that tests and the progress view can find and join its jobs. */
public final class DatasetJobs {

    /** Scanning a dataset and writing its Problems markers. */
    public static final Object SCAN_FAMILY = new Object();

    /** Importing a zip of class folders into a dataset. */
    public static final Object IMPORT_FAMILY = new Object();

    private DatasetJobs() {
    }
}
