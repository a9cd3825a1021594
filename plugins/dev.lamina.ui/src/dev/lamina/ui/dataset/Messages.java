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
    public static String Editor_scanFailed;
    public static String Editor_summary;
    public static String Editor_summaryChecking;
    public static String Editor_summaryCounted;
    public static String Classes_index;
    public static String Classes_name;
    public static String Classes_images;
    public static String Classes_share;
    public static String Classes_warnings;
    public static String Classes_warning;
    public static String Classes_problem;
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
    public static String Editor_networkPage;
    public static String Network_width;
    public static String Network_height;
    public static String Network_colorMode;
    public static String Network_interpolation;
    public static String Network_rotation;
    public static String Network_shift;
    public static String Network_zoom;
    public static String Network_flip;
    public static String Network_seed;
    public static String Network_original;
    public static String Network_input;
    public static String Network_epoch;
    public static String Network_stats;
    public static String Zip_job;
    public static String Zip_operation;
    public static String Zip_failed;
    public static String Zip_failedTitle;
    public static String Zip_noClasses;
    public static String Zip_doneTitle;
    public static String Zip_done;
    public static String Zip_leftOut;
    public static String Zip_takenTitle;
    public static String Zip_taken;
    public static String Zip_keepBoth;
    public static String Zip_replace;
    public static String Zip_cancel;
    public static String Zip_importButton;
    public static String Zip_chooseTitle;
    public static String Split_chooseFolder;
    public static String Split_chooseFolderTooltip;
    public static String Split_chooseFolderTitle;
    public static String Split_chooseFolderMessage;
    public static String Edit_writeValidationFolder;
    public static String Network_courseDefaults;
    public static String Network_runProblem;
    public static String Network_fromRun;
    public static String Network_none;
    public static String Network_validates;
    public static String Network_sample;
    public static String Network_selectImage;
    public static String Network_noAugmentation;
    public static String Edit_addImages;
    public static String Edit_newClass;
    public static String Edit_trash;
    public static String Edit_failed;
    public static String Edit_newClassButton;
    public static String Edit_newClassTitle;
    public static String Edit_newClassMessage;
    public static String Edit_newClassExists;
    public static String Edit_errorTitle;
    public static String Classes_training;
    public static String Classes_validation;
    public static String Classes_validationOf;
    public static String Classes_validationFailed;
    public static String Split_label;
    public static String Split_seed;
    public static String Split_write;
    public static String Split_tooltip;
    public static String Split_invalid;
    public static String Edit_move;
    public static String Edit_moveMenu;
    public static String Edit_writeSplit;
    public static String Open_runFileProblem;
    public static String Open_notInWorkspace;
    public static String Open_fromRunFile;
    public static String Idx_job;
    public static String Idx_failed;
    public static String Idx_noLabels;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
