// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor;

import org.eclipse.core.runtime.ListenerList;

import dev.lamina.core.diagram.Diagram;
import dev.lamina.core.diagram.DiagramLayout;
import dev.lamina.core.model.Model;
import dev.lamina.core.shape.Analysis;
import dev.lamina.core.shape.ShapeInference;

/**
 * The model an editor shows, with what shape inference found and its diagram, kept up to date
 * incrementally ({@link ShapeInference#update}) on every change. UI thread only.
 */
public final class ModelDocument {

    /** Told after every change of the model. */
    @FunctionalInterface
    public interface Listener {
        /** @param origin who made the change (e.g. the source page), or {@code null} */
        void modelChanged(ModelDocument document, Object origin);
    }

    private final ShapeInference inference = new ShapeInference();
    private final ListenerList<Listener> listeners = new ListenerList<>();
    private Model model;
    private Analysis analysis;
    private Diagram diagram;

    public ModelDocument(Model model) {
        set(model);
    }

    public Model model() {
        return model;
    }

    public Analysis analysis() {
        return analysis;
    }

    public Diagram diagram() {
        return diagram;
    }

    /** Replaces the model and tells the listeners, unless it is equal to the current one. */
    public void setModel(Model newModel, Object origin) {
        if (newModel.equals(model)) {
            return;
        }
        set(newModel);
        for (Listener listener : listeners) {
            listener.modelChanged(this, origin);
        }
    }

    private void set(Model newModel) {
        model = newModel;
        analysis = inference.update(newModel);
        diagram = DiagramLayout.of(analysis);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
