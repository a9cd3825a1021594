// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.network;

/** The model cannot become a network: the message names the layer and the reason, in one line. */
public class ModelNotTrainableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelNotTrainableException(String message) {
        super(message);
    }
}
