// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.run;

/** A run that cannot start; the message is one line naming the file or setting at fault. */
public class RunPreparationException extends Exception {

    private static final long serialVersionUID = 1L;

    public RunPreparationException(String message) {
        super(message);
    }
}
