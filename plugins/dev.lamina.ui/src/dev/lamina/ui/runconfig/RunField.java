// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.lamina.core.json.JsonBoolean;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonString;
import dev.lamina.core.json.JsonValue;

/**
 * One value of a run file on a form page: a label and a widget bound to a JSON key path. A change is committed (Enter,
 * leaving the field, choosing an item) as one edit of the document; what is shown always comes from the document.
 */
public abstract class RunField {

    private final RunConfigEditor editor;
    private final String label;
    private final String[] path;
    private boolean showing;

    protected RunField(RunConfigEditor editor, String label, String... path) {
        this.editor = editor;
        this.label = label;
        this.path = path;
    }

    /** The JSON path of the value, e.g. {@code $.optimizer.learning_rate}. */
    public String jsonPath() {
        return "$." + String.join(".", path);
    }

    protected String[] path() {
        return path;
    }

    public abstract Control control();

    /** Shows the value in {@code tree}; disables the field when the text is not a JSON object ({@code null}). */
    final void show(JsonObject tree) {
        showing = true;
        try {
            control().setEnabled(tree != null);
            if (tree != null) {
                display(tree);
            }
        } finally {
            showing = false;
        }
    }

    protected abstract void display(JsonObject tree);

    /** Sets this field's value ({@code null}: removes the key, so its default applies). */
    protected void commit(JsonValue value) {
        commit(tree -> RunJson.with(tree, value, path));
    }

    /** Applies an edit of the whole tree as one undoable change named after this field. */
    protected void commit(Function<JsonObject, JsonObject> edit) {
        JsonObject tree = editor.tree();
        if (showing || tree == null) {
            return;
        }
        JsonObject edited = edit.apply(tree);
        if (!edited.equals(tree)) {
            editor.edit(label, edited);
        }
    }

    protected static Label label(FormToolkit toolkit, Composite parent, String text, String tooltip) {
        Label label = toolkit.createLabel(parent, text);
        label.setToolTipText(tooltip);
        return label;
    }

    /** A text field: numbers and arrays as typed JSON, or strings. */
    public static final class TextField extends RunField {
        private final Text text;
        private final boolean json;
        private String shown = "";

        public TextField(RunConfigEditor editor, FormToolkit toolkit, Composite parent, String label, boolean json,
                String... path) {
            super(editor, label, path);
            this.json = json;
            label(toolkit, parent, label, jsonPath());
            text = toolkit.createText(parent, "", SWT.SINGLE);
            text.setToolTipText(jsonPath());
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.addListener(SWT.DefaultSelection, e -> committed());
            text.addListener(SWT.FocusOut, e -> committed());
        }

        private void committed() {
            String typed = text.getText();
            if (!typed.equals(shown)) {
                shown = typed;
                commit(json ? RunJson.typed(typed) : RunJson.string(typed));
            }
        }

        @Override
        protected void display(JsonObject tree) {
            shown = RunJson.text(tree, path());
            if (!text.getText().equals(shown)) {
                text.setText(shown);
            }
        }

        @Override
        public Text control() {
            return text;
        }
    }

    /** A choice among names; the empty first item, where allowed, removes the key (the default applies). */
    public static final class ChoiceField extends RunField {
        private final Combo combo;
        private final List<String> choices;
        private final String defaultLabel;

        public ChoiceField(RunConfigEditor editor, FormToolkit toolkit, Composite parent, String label,
                List<String> names,
                String defaultLabel, String... path) {
            super(editor, label, path);
            this.defaultLabel = defaultLabel;
            this.choices = new ArrayList<>();
            if (defaultLabel != null) {
                choices.add(defaultLabel);
            }
            choices.addAll(names);
            label(toolkit, parent, label, jsonPath());
            combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.setToolTipText(jsonPath());
            toolkit.adapt(combo);
            combo.setItems(choices.toArray(String[]::new));
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            combo.addListener(SWT.Selection, e -> {
                String chosen = combo.getText();
                commit(chosen.equals(defaultLabel) ? null : JsonString.of(chosen));
            });
        }

        @Override
        protected void display(JsonObject tree) {
            String value = RunJson.text(tree, path());
            if (value.isEmpty() && defaultLabel != null) {
                value = defaultLabel;
            }
            List<String> items = new ArrayList<>(choices);
            if (!value.isEmpty() && !items.contains(value)) {
                items.add(value); // a name the parser rejects: shown as it is, so the header's message makes sense
            }
            if (!List.of(combo.getItems()).equals(items)) {
                combo.setItems(items.toArray(String[]::new));
            }
            combo.select(items.indexOf(value));
        }

        @Override
        public Combo control() {
            return combo;
        }
    }

    /** A boolean with its default where the key is absent. */
    static final class CheckField extends RunField {
        private final Button check;
        private final boolean defaultValue;

        CheckField(RunConfigEditor editor, FormToolkit toolkit, Composite parent, String label, boolean defaultValue,
                String... path) {
            super(editor, label, path);
            this.defaultValue = defaultValue;
            toolkit.createLabel(parent, "");
            check = toolkit.createButton(parent, label, SWT.CHECK);
            check.setToolTipText(jsonPath());
            check.addListener(SWT.Selection, e -> commit(JsonBoolean.of(check.getSelection())));
        }

        @Override
        protected void display(JsonObject tree) {
            check.setSelection(RunJson.get(tree, path()).map(v -> v instanceof JsonBoolean b ? b.asBoolean()
                    : defaultValue).orElse(defaultValue));
        }

        @Override
        public Button control() {
            return check;
        }
    }

    /**
     * Whether an optional value (stop, early stopping, augmentation, a Spark master) is there; checking it adds
     * {@code initial}.
     */
    public static final class PresenceField extends RunField {
        private final Button check;

        public PresenceField(RunConfigEditor editor, FormToolkit toolkit, Composite parent, String label,
                Function<JsonObject, JsonValue> initial, String... path) {
            super(editor, label, path);
            check = toolkit.createButton(parent, label, SWT.CHECK);
            check.setToolTipText(jsonPath());
            check.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            check.addListener(SWT.Selection, e -> commit(tree -> RunJson.with(tree, check.getSelection() ? initial
                    .apply(tree) : null, path)));
        }

        @Override
        protected void display(JsonObject tree) {
            check.setSelection(RunJson.get(tree, path()).filter(v -> !v.isNull()).isPresent());
        }

        @Override
        public Button control() {
            return check;
        }
    }
}
