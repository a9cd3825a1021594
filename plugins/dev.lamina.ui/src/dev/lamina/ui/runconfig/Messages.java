// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import org.eclipse.osgi.util.NLS;

/** The run file editor's user-visible strings; texts in messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.runconfig.messages";

    public static String Editor_notAFile;
    public static String Editor_cannotRead;
    public static String Editor_editFailed;
    public static String Editor_saveFailedTitle;
    public static String Editor_saveFailed;
    public static String Editor_sourcePage;
    public static String Markers_job;
    public static String Operation_editSource;
    public static String Page_model;
    public static String Page_data;
    public static String Page_training;
    public static String Page_stop;
    public static String Page_device;
    public static String Section_model;
    public static String Section_modelDescription;
    public static String Section_train;
    public static String Section_trainDescription;
    public static String Section_validation;
    public static String Section_validationDescription;
    public static String Section_preprocessing;
    public static String Section_preprocessingDescription;
    public static String Section_augmentation;
    public static String Section_augmentationDescription;
    public static String Section_fit;
    public static String Section_fitDescription;
    public static String Section_optimizer;
    public static String Section_optimizerDescription;
    public static String Section_stop;
    public static String Section_stopDescription;
    public static String Section_earlyStopping;
    public static String Section_earlyStoppingDescription;
    public static String Section_device;
    public static String Section_deviceDescription;
    public static String Field_model;
    public static String Field_openModel;
    public static String Field_loss;
    public static String Field_folder;
    public static String Field_images;
    public static String Field_labels;
    public static String Field_split;
    public static String Field_targetSize;
    public static String Field_colorMode;
    public static String Field_fromModel;
    public static String Field_default;
    public static String Field_interpolation;
    public static String Field_rescale;
    public static String Field_augment;
    public static String Field_epochs;
    public static String Field_batchSize;
    public static String Field_shuffle;
    public static String Field_seed;
    public static String Field_checkpointEvery;
    public static String Field_optimizer;
    public static String Field_learningRate;
    public static String Field_momentum;
    public static String Field_stopAtTarget;
    public static String Field_metric;
    public static String Field_direction;
    public static String Field_threshold;
    public static String Field_message;
    public static String Field_earlyStopping;
    public static String Field_monitor;
    public static String Field_patience;
    public static String Field_minDelta;
    public static String Field_restoreBest;
    public static String Field_backend;
    public static String Field_threads;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
