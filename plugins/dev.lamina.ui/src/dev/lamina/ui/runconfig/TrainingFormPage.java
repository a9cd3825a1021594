// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.lamina.run.config.OptimizerKind;

/** Epochs, batches, order, optimizer and checkpoints. */
final class TrainingFormPage extends RunFormPage {

    static final String ID = "dev.lamina.ui.runConfig.training";

    TrainingFormPage(RunConfigEditor editor) {
        super(editor, ID, Messages.Page_training);
    }

    @Override
    protected void fill(FormToolkit toolkit, Composite body) {
        RunConfigEditor editor = runEditor();
        Composite fit = section(toolkit, body, Messages.Section_fit, Messages.Section_fitDescription);
        add(new RunField.TextField(editor, toolkit, fit, Messages.Field_epochs, true, "epochs"));
        add(new RunField.TextField(editor, toolkit, fit, Messages.Field_batchSize, true, "batch_size"));
        add(new RunField.CheckField(editor, toolkit, fit, Messages.Field_shuffle, true, "shuffle"));
        add(new RunField.TextField(editor, toolkit, fit, Messages.Field_seed, true, "seed"));
        add(new RunField.TextField(editor, toolkit, fit, Messages.Field_checkpointEvery, true, "checkpoint_every"));

        Composite optimizer = section(toolkit, body, Messages.Section_optimizer, Messages.Section_optimizerDescription);
        add(new RunField.ChoiceField(editor, toolkit, optimizer, Messages.Field_optimizer, OptimizerKind.jsonNames(),
                Messages.Field_default, "optimizer", "name"));
        add(new RunField.TextField(editor, toolkit, optimizer, Messages.Field_learningRate, true, "optimizer",
                "learning_rate"));
        add(new RunField.TextField(editor, toolkit, optimizer, Messages.Field_momentum, true, "optimizer",
                "momentum"));
    }
}
