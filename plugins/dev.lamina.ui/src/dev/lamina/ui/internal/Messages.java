// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-visible strings; texts in messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.lamina.ui.internal.messages";

    public static String CreateProject_task;
    public static String NewProjectWizard_title;
    public static String NewProjectWizard_pageTitle;
    public static String NewProjectWizard_pageDescription;
    public static String NewProjectWizard_errorTitle;
    public static String EngineInfo_jobName;
    public static String EngineInfo_title;
    public static String EngineInfo_heading;
    public static String EngineInfo_property;
    public static String EngineInfo_value;
    public static String EngineInfo_failed;
    public static String EngineInfo_selfTest;
    public static String EngineInfo_selfTestJob;
    public static String EngineInfo_selfTestRunning;
    public static String EngineInfo_selfTestPassed;
    public static String EngineInfo_selfTestFailed;
    public static String EngineInfo_java;
    public static String Editor_notAFile;
    public static String Editor_cannotRead;
    public static String Editor_diagramPage;
    public static String Editor_summaryPage;
    public static String Editor_sourcePage;
    public static String Editor_diagramMenu;
    public static String Editor_emptyHint;
    public static String Editor_sourceError;
    public static String Editor_saveFailedTitle;
    public static String Editor_saveFailed;
    public static String Editor_changedTitle;
    public static String Editor_changedMessage;
    public static String Markers_job;
    public static String Operation_addLayer;
    public static String Operation_moveLayer;
    public static String Operation_moveLayers;
    public static String Operation_moveUp;
    public static String Operation_moveDown;
    public static String Operation_rename;
    public static String Operation_setParameter;
    public static String Operation_delete;
    public static String Operation_cut;
    public static String Operation_paste;
    public static String Operation_layerCount;
    public static String Operation_editSource;
    public static String Operation_reload;
    public static String Action_cut;
    public static String Action_copy;
    public static String Action_paste;
    public static String Action_delete;
    public static String Action_selectAll;
    public static String Action_nothingToPaste;
    public static String Palette_title;
    public static String Palette_tooltip;
    public static String Properties_layerCategory;
    public static String Properties_parametersCategory;
    public static String Properties_outputCategory;
    public static String Properties_name;
    public static String Properties_nameDescription;
    public static String Properties_type;
    public static String Properties_typeDescription;
    public static String Properties_parameterDescription;
    public static String Properties_nameTaken;
    public static String Properties_inputShape;
    public static String Properties_outputShape;
    public static String Properties_parameters;
    public static String Properties_parametersNonTrainable;
    public static String Properties_macs;
    public static String Properties_memory;
    public static String Properties_memoryValue;
    public static String Properties_outputDescription;
    public static String Summary_heading;
    public static String Summary_layer;
    public static String Summary_outputShape;
    public static String Summary_params;
    public static String Summary_macs;
    public static String Summary_activations;
    public static String Summary_totals;
    public static String Summary_trainingMemory;
    public static String Summary_batchSize;
    public static String Summary_device;
    public static String Summary_cpu;
    public static String Summary_gpu;
    public static String Summary_copy;
    public static String Summary_copyTooltip;
    public static String Summary_memory;
    public static String Summary_formula;
    public static String Summary_doesNotFit;
    public static String Summary_doesNotFitAtAll;
    public static String InsertLayer_title;
    public static String InsertLayer_message;
    public static String Export_title;
    public static String Export_png;
    public static String Export_svg;
    public static String Export_done;
    public static String Export_failed;
    public static String NewModel_title;
    public static String NewModel_pageTitle;
    public static String NewModel_pageDescription;
    public static String NewModel_template;
    public static String Template_empty;
    public static String Template_emptyDescription;
    public static String Template_mnist;
    public static String Template_mnistDescription;
    public static String Template_horses;
    public static String Template_horsesDescription;
    public static String Template_happy;
    public static String Template_happyDescription;
    public static String ImportKeras_title;
    public static String ImportKeras_pageTitle;
    public static String ImportKeras_pageDescription;
    public static String ImportKeras_source;
    public static String ImportKeras_folder;
    public static String ImportKeras_name;
    public static String ImportKeras_browse;
    public static String ImportKeras_chooseFolder;
    public static String ImportKeras_noSource;
    public static String ImportKeras_noSuchFile;
    public static String ImportKeras_noFolder;
    public static String ImportKeras_badName;
    public static String ImportKeras_exists;
    public static String ImportKeras_found;
    public static String ImportKeras_failed;
    public static String ToolTip_shape;
    public static String ToolTip_parameters;
    public static String ToolTip_parametersNonTrainable;
    public static String ToolTip_macs;
    public static String ToolTip_memory;
    public static String ToolTip_error;
    public static String ToolTip_warning;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
