// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.coach;

/**
 * One plain-language hint about a run, naming the numbers behind it.
 *
 * @param kind what the curves show
 * @param text the sentence for the user, e.g. {@code overfitting: validation loss rose ... try Dropout or
 *             augmentation}
 */
public record Hint(Kind kind, String text) {

    public enum Kind {
        /** The loss became NaN or infinite. */
        NON_FINITE_LOSS,
        /** Validation loss rising while training loss falls. */
        OVERFITTING,
        /** A binary model's accuracy stays near 0.5. */
        STUCK_AT_CHANCE,
        /** The run's stop condition was met. */
        TARGET_REACHED,
        /** The last epoch still improved clearly: more epochs may help. */
        STILL_IMPROVING
    }
}
