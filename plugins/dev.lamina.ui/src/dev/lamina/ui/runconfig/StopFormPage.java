// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;
import dev.lamina.run.config.TrainingMetric;

/** When a run stops before its last epoch: the course's target callback and Keras' early stopping. */
final class StopFormPage extends RunFormPage {

    static final String ID = "dev.lamina.ui.runConfig.stop";
    private static final String ABOVE = "above";
    private static final String BELOW = "below";

    StopFormPage(RunConfigEditor editor) {
        super(editor, ID, Messages.Page_stop);
    }

    @Override
    protected void fill(FormToolkit toolkit, Composite body) {
        RunConfigEditor editor = runEditor();
        Composite stop = section(toolkit, body, Messages.Section_stop, Messages.Section_stopDescription);
        add(new RunField.PresenceField(editor, toolkit, stop, Messages.Field_stopAtTarget, tree -> JsonObject.builder()
                .put("metric", TrainingMetric.ACCURACY.jsonName()).put(ABOVE, 0.95).build(), "stop"));
        add(new RunField.ChoiceField(editor, toolkit, stop, Messages.Field_metric, TrainingMetric.jsonNames(), null,
                "stop", "metric"));
        add(new DirectionField(editor, toolkit, stop));
        add(new ThresholdField(editor, toolkit, stop));
        add(new RunField.TextField(editor, toolkit, stop, Messages.Field_message, false, "stop", "message"));

        Composite early = section(toolkit, body, Messages.Section_earlyStopping,
                Messages.Section_earlyStoppingDescription);
        add(new RunField.PresenceField(editor, toolkit, early, Messages.Field_earlyStopping, tree -> JsonObject.builder()
                .put("monitor", hasValidation(tree) ? TrainingMetric.VAL_LOSS.jsonName() : TrainingMetric.LOSS
                        .jsonName()).put("patience", 3).build(), "early_stopping"));
        add(new RunField.ChoiceField(editor, toolkit, early, Messages.Field_monitor, TrainingMetric.jsonNames(),
                Messages.Field_default, "early_stopping", "monitor"));
        add(new RunField.TextField(editor, toolkit, early, Messages.Field_patience, true, "early_stopping",
                "patience"));
        add(new RunField.TextField(editor, toolkit, early, Messages.Field_minDelta, true, "early_stopping",
                "min_delta"));
        add(new RunField.CheckField(editor, toolkit, early, Messages.Field_restoreBest, false, "early_stopping",
                "restore_best_weights"));
    }

    private static boolean hasValidation(JsonObject tree) {
        return RunJson.get(tree, "validation").filter(v -> !v.isNull()).isPresent();
    }

    /** {@code above} or {@code below}: the key that holds the threshold. */
    private static String direction(JsonObject tree) {
        return RunJson.get(tree, "stop", BELOW).isPresent() && RunJson.get(tree, "stop", ABOVE).isEmpty() ? BELOW
                : ABOVE;
    }

    /** Stop when the metric is above or below the threshold: renames the threshold's key. */
    private static final class DirectionField extends RunField {
        private final Combo combo;

        DirectionField(RunConfigEditor editor, FormToolkit toolkit, Composite parent) {
            super(editor, Messages.Field_direction, "stop", ABOVE);
            label(toolkit, parent, Messages.Field_direction, "$.stop.above / $.stop.below");
            combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            toolkit.adapt(combo);
            combo.setItems(ABOVE, BELOW);
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            combo.addListener(SWT.Selection, e -> commit(tree -> {
                String from = direction(tree);
                String to = combo.getText();
                JsonValue threshold = RunJson.get(tree, "stop", from).orElse(null);
                return from.equals(to) ? tree : RunJson.with(RunJson.with(tree, null, "stop", from), threshold,
                        "stop", to);
            }));
        }

        @Override
        protected void display(JsonObject tree) {
            combo.select(List.of(ABOVE, BELOW).indexOf(direction(tree)));
        }

        @Override
        public Combo control() {
            return combo;
        }
    }

    /** The threshold, under whichever of {@code above} and {@code below} the file uses. */
    private static final class ThresholdField extends RunField {
        private final Text text;
        private String shown = "";

        ThresholdField(RunConfigEditor editor, FormToolkit toolkit, Composite parent) {
            super(editor, Messages.Field_threshold, "stop", "threshold");
            label(toolkit, parent, Messages.Field_threshold, "$.stop.above / $.stop.below");
            text = toolkit.createText(parent, "", SWT.SINGLE);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.addListener(SWT.DefaultSelection, e -> committed());
            text.addListener(SWT.FocusOut, e -> committed());
        }

        private void committed() {
            String typed = text.getText();
            if (!typed.equals(shown)) {
                shown = typed;
                commit(tree -> RunJson.with(tree, RunJson.typed(typed), "stop", direction(tree)));
            }
        }

        @Override
        protected void display(JsonObject tree) {
            shown = RunJson.text(tree, "stop", direction(tree));
            if (!text.getText().equals(shown)) {
                text.setText(shown);
            }
        }

        @Override
        public Text control() {
            return text;
        }
    }
}
