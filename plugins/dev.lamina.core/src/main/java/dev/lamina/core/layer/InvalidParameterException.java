// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

/**
 * A layer parameter is out of its allowed range. Knows the parameter's Keras name so that a file
 * reader can point at the offending key: {@code filters: expected a positive integer, got -3}.
 */
public class InvalidParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String expectation;

    public InvalidParameterException(String parameter, String expectation, Object actual) {
        super(parameter + ": expected " + expectation + ", got " + actual);
        this.parameter = parameter;
        this.expectation = expectation;
    }

    /** The parameter's Keras name, e.g. {@code kernel_size}. */
    public String parameter() {
        return parameter;
    }

    /** What it is expected to be, e.g. {@code a positive integer}. */
    public String expectation() {
        return expectation;
    }

    /** {@code expected <expectation>, got <actual>}, without the parameter name. */
    public String reason() {
        return getMessage().substring(parameter.length() + 2);
    }
}
