// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.process;

/** A training process did not start, or ended without saying how its run ended; the message says why. */
public final class TrainingProcessException extends Exception {

    private static final long serialVersionUID = 1L;

    public TrainingProcessException(String message) {
        super(message);
    }
}
