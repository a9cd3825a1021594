// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.spark;

/** Why a Spark training could not be started or followed; its message is one line for the user. */
public final class SparkLaunchException extends Exception {

    private static final long serialVersionUID = 1L;

    public SparkLaunchException(String message) {
        super(message);
    }
}
