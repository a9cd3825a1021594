// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.shape;

/** How bad a {@link Problem} is. */
public enum Severity {
    /** Shapes cannot be inferred past this point; Keras would refuse the model. */
    ERROR,
    /** The model works but is probably not what was meant. */
    WARNING
}
