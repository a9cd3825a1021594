// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import dev.lamina.core.diagram.LayerText;
import dev.lamina.core.layer.InvalidParameterException;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.LayerNames;
import dev.lamina.core.model.LayerParameter;
import dev.lamina.core.model.LayerParameters;
import dev.lamina.core.shape.LayerResult;
import dev.lamina.core.summary.Summary;
import dev.lamina.ui.editor.LayerElement;
import dev.lamina.ui.editor.operations.ChangeLayerOperation;
import dev.lamina.ui.editor.operations.ModelEditing;
import dev.lamina.ui.internal.Messages;

/**
 * A layer in the Properties view: its name and type, its parameters (validated as they are typed;
 * a bad value is refused with the reason and never reaches the model) and what inference found.
 * Each change is one undoable edit.
 */
public final class LayerPropertySource implements IPropertySource {

    static final String NAME = "name";
    static final String TYPE = "type";
    private static final String PARAMETER = "parameter.";
    private static final String OUTPUT_SHAPE = "output.shape";
    private static final String INPUT_SHAPE = "output.input";
    private static final String PARAMETERS = "output.parameters";
    private static final String MACS = "output.macs";
    private static final String MEMORY = "output.memory";

    private final LayerElement element;
    private final ModelEditing editing;

    public LayerPropertySource(LayerElement element, ModelEditing editing) {
        this.element = element;
        this.editing = editing;
    }

    @Override
    public Object getEditableValue() {
        return element;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        Layer layer = element.layer().orElse(null);
        if (layer == null) {
            return new IPropertyDescriptor[0];
        }
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        TextPropertyDescriptor name = new TextPropertyDescriptor(NAME, Messages.Properties_name);
        name.setValidator(value -> nameProblem(layer, String.valueOf(value)));
        descriptors.add(inCategory(name, Messages.Properties_layerCategory, Messages.Properties_nameDescription));
        descriptors.add(inCategory(new PropertyDescriptor(TYPE, Messages.Properties_type), Messages.Properties_layerCategory,
                Messages.Properties_typeDescription));
        for (LayerParameter parameter : LayerParameters.of(layer.kind())) {
            String id = PARAMETER + parameter.key();
            PropertyDescriptor descriptor = parameter.isChoice()
                    ? new ComboBoxPropertyDescriptor(id, parameter.key(), parameter.choices().toArray(String[]::new))
                    : new TextPropertyDescriptor(id, parameter.key());
            descriptor.setValidator(validator(parameter));
            descriptors.add(inCategory(descriptor, Messages.Properties_parametersCategory,
                    NLS.bind(Messages.Properties_parameterDescription, parameter.key())));
        }
        for (String[] output : new String[][] {{INPUT_SHAPE, Messages.Properties_inputShape},
                {OUTPUT_SHAPE, Messages.Properties_outputShape}, {PARAMETERS, Messages.Properties_parameters},
                {MACS, Messages.Properties_macs}, {MEMORY, Messages.Properties_memory}}) {
            descriptors.add(inCategory(new PropertyDescriptor(output[0], output[1]), Messages.Properties_outputCategory,
                    Messages.Properties_outputDescription));
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    private static PropertyDescriptor inCategory(PropertyDescriptor descriptor, String category, String description) {
        descriptor.setCategory(category);
        descriptor.setDescription(description);
        return descriptor;
    }

    private ICellEditorValidator validator(LayerParameter parameter) {
        return value -> {
            Layer layer = element.layer().orElse(null);
            return layer == null ? null : LayerParameters.problem(layer, parameter.key(), text(parameter, value));
        };
    }

    private String nameProblem(Layer layer, String name) {
        try {
            LayerNames.requireValid(NAME, name);
        } catch (InvalidParameterException e) {
            return NAME + ": " + e.reason();
        }
        if (!name.equals(layer.name()) && element.document().model().indexOf(name) >= 0) {
            return NLS.bind(Messages.Properties_nameTaken, name);
        }
        return null;
    }

    /** A combo box's value is the index of the choice. */
    private static String text(LayerParameter parameter, Object value) {
        if (parameter.isChoice() && value instanceof Integer index) {
            return index >= 0 && index < parameter.choices().size() ? parameter.choices().get(index) : "";
        }
        return String.valueOf(value);
    }

    @Override
    public Object getPropertyValue(Object id) {
        Layer layer = element.layer().orElse(null);
        if (layer == null) {
            return "";
        }
        String key = String.valueOf(id);
        if (key.equals(NAME)) {
            return layer.name();
        }
        if (key.equals(TYPE)) {
            return layer.kind().kerasName();
        }
        if (key.startsWith(PARAMETER)) {
            String parameterKey = key.substring(PARAMETER.length());
            String text = LayerParameters.text(layer, parameterKey);
            List<String> choices = LayerParameters.of(layer.kind()).stream()
                    .filter(p -> p.key().equals(parameterKey)).findFirst().map(LayerParameter::choices)
                    .orElse(List.of());
            return choices.isEmpty() ? text : Integer.valueOf(choices.indexOf(text));
        }
        return element.result().map(result -> output(result, key)).orElse("");
    }

    private static String output(LayerResult result, String key) {
        return switch (key) {
            case INPUT_SHAPE -> result.input() == null ? "" : LayerText.shape(result.input());
            case OUTPUT_SHAPE -> result.inferred() ? result.output().toString() : "?";
            case PARAMETERS -> result.nonTrainableParams() == 0 ? Summary.grouped(result.params())
                    : NLS.bind(Messages.Properties_parametersNonTrainable, Summary.grouped(result.params()),
                            Summary.grouped(result.nonTrainableParams()));
            case MACS -> Summary.grouped(result.macs());
            case MEMORY -> NLS.bind(Messages.Properties_memoryValue, Summary.memory(result.activationBytes()),
                    Summary.memory(result.parameterBytes()));
            default -> "";
        };
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // Parameters have no separate default state: every value is written to the file.
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        Layer layer = element.layer().orElse(null);
        if (layer == null) {
            return;
        }
        String key = String.valueOf(id);
        Layer changed;
        String label;
        if (key.equals(NAME)) {
            String name = String.valueOf(value);
            if (name.equals(layer.name()) || nameProblem(layer, name) != null) {
                return;
            }
            changed = layer.withName(name);
            label = NLS.bind(Messages.Operation_rename, layer.name(), name);
        } else if (key.startsWith(PARAMETER)) {
            String parameterKey = key.substring(PARAMETER.length());
            LayerParameter parameter = LayerParameters.of(layer.kind()).stream()
                    .filter(p -> p.key().equals(parameterKey)).findFirst().orElse(null);
            if (parameter == null) {
                return;
            }
            String text = text(parameter, value);
            if (text.equals(LayerParameters.text(layer, parameterKey))
                    || LayerParameters.problem(layer, parameterKey, text) != null) {
                return;
            }
            changed = LayerParameters.with(layer, parameterKey, text);
            label = NLS.bind(Messages.Operation_setParameter, parameterKey, layer.name());
        } else {
            return;
        }
        editing.execute(new ChangeLayerOperation(label, editing, layer.name(), changed));
    }
}
