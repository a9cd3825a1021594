// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.wizards;

import java.util.function.Supplier;

import dev.lamina.core.diagram.DiagramLayout;
import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.Model;
import dev.lamina.ui.internal.Messages;

/** What a new model starts as: an Input alone, or one of the course's three models. */
public enum ModelTemplate {
    EMPTY(Messages.Template_empty, Messages.Template_emptyDescription,
            () -> Model.builder().input(28, 28, 1).build()),
    MNIST(Messages.Template_mnist, Messages.Template_mnistDescription, CourseModels::mnistSingleConv),
    HORSES_OR_HUMANS(Messages.Template_horses, Messages.Template_horsesDescription, CourseModels::horsesOrHumans),
    HAPPY_OR_SAD(Messages.Template_happy, Messages.Template_happyDescription, CourseModels::happyOrSad);

    private final String label;
    private final String description;
    private final Supplier<Model> model;

    ModelTemplate(String label, String description, Supplier<Model> model) {
        this.label = label;
        this.description = description;
        this.model = model;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The template's model, named {@code name} when that is a valid model name, laid out as the diagram shows it. */
    public Model model(String name) {
        Model template = model.get();
        try {
            template = template.withName(name);
        } catch (IllegalArgumentException e) {
            // keep the template's name
        }
        return DiagramLayout.placed(template);
    }
}
