// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.lamina.core.json.Json;
import dev.lamina.data.augment.FillMode;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.Interpolation;
import dev.lamina.ui.dataset.OpenDatasetHandler;
import dev.lamina.ui.editor.EditorInputs;

/** Training and validation samples, and how images are prepared (size, colour, rescale, augmentation). */
final class DataFormPage extends RunFormPage {

    static final String ID = "dev.lamina.ui.runConfig.data";
    /** The augmentation of the course's horses-or-humans exercise, a starting point when it is switched on. */
    private static final String COURSE_AUGMENTATION = """
            {"rotation_range": 40, "width_shift_range": 0.2, "height_shift_range": 0.2, "shear_range": 0.2,
             "zoom_range": 0.2, "horizontal_flip": true, "fill_mode": "nearest"}""";

    DataFormPage(RunConfigEditor editor) {
        super(editor, ID, Messages.Page_data);
    }

    @Override
    protected void fill(FormToolkit toolkit, Composite body) {
        RunConfigEditor editor = runEditor();
        Composite train = section(toolkit, body, Messages.Section_train, Messages.Section_trainDescription);
        add(new RunField.TextField(editor, toolkit, train, Messages.Field_folder, false, "train", "folder"));
        add(new RunField.TextField(editor, toolkit, train, Messages.Field_images, false, "train", "images"));
        add(new RunField.TextField(editor, toolkit, train, Messages.Field_labels, false, "train", "labels"));
        toolkit.createLabel(train, "");
        Hyperlink openDataset = toolkit.createHyperlink(train, dev.lamina.ui.dataset.Messages.Open_fromRunFile, 0);
        openDataset.setLayoutData(new GridData());
        openDataset.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                IFile file = EditorInputs.file(getEditorInput());
                if (file != null) {
                    OpenDatasetHandler.openRunFile(getSite().getPage(), file);
                }
            }
        });

        Composite validation = section(toolkit, body, Messages.Section_validation,
                Messages.Section_validationDescription);
        add(new RunField.TextField(editor, toolkit, validation, Messages.Field_split, true, "validation", "split"));
        add(new RunField.TextField(editor, toolkit, validation, Messages.Field_folder, false, "validation", "folder"));
        add(new RunField.TextField(editor, toolkit, validation, Messages.Field_images, false, "validation", "images"));
        add(new RunField.TextField(editor, toolkit, validation, Messages.Field_labels, false, "validation", "labels"));

        Composite pre = section(toolkit, body, Messages.Section_preprocessing,
                Messages.Section_preprocessingDescription);
        add(new RunField.TextField(editor, toolkit, pre, Messages.Field_targetSize, true, "preprocessing",
                "target_size"));
        add(new RunField.ChoiceField(editor, toolkit, pre, Messages.Field_colorMode, Names.of(ColorMode.values()),
                Messages.Field_fromModel, "preprocessing", "color_mode"));
        add(new RunField.ChoiceField(editor, toolkit, pre, Messages.Field_interpolation, Names.of(Interpolation
                .values()), Messages.Field_default, "preprocessing", "interpolation"));
        add(new RunField.TextField(editor, toolkit, pre, Messages.Field_rescale, true, "preprocessing", "rescale"));

        Composite augment = section(toolkit, body, Messages.Section_augmentation,
                Messages.Section_augmentationDescription);
        add(new RunField.PresenceField(editor, toolkit, augment, Messages.Field_augment, tree -> Json.parse(
                COURSE_AUGMENTATION), "preprocessing", "augmentation"));
        for (String key : new String[] {"rotation_range", "width_shift_range", "height_shift_range", "shear_range",
            "zoom_range", "cval"}) {
            add(new RunField.TextField(editor, toolkit, augment, key, true, "preprocessing", "augmentation", key));
        }
        add(new RunField.CheckField(editor, toolkit, augment, "horizontal_flip", false, "preprocessing",
                "augmentation", "horizontal_flip"));
        add(new RunField.CheckField(editor, toolkit, augment, "vertical_flip", false, "preprocessing",
                "augmentation", "vertical_flip"));
        add(new RunField.ChoiceField(editor, toolkit, augment, "fill_mode", Names.of(FillMode.values()),
                Messages.Field_default, "preprocessing", "augmentation", "fill_mode"));
    }
}
