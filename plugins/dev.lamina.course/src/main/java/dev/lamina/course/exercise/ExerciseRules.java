// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.exercise;

import java.util.List;
import java.util.Optional;

import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.run.config.TrainingMetric;

/**
 * What an exercise asks of a learner's model and run, as declared in its {@code exercise.json} (see
 * {@link ExerciseFile} and docs/exercises.md).
 *
 * @param name      the exercise's short name, e.g. {@code mnist-single-conv}
 * @param title     one line for people
 * @param input     the Input shape the model must have, or empty
 * @param layers    how many layers of a type the model may have
 * @param output    the output layer the model must end with, or empty
 * @param maxParams the most parameters the model may have, or empty
 * @param target    what the run must reach, or empty
 */
public record ExerciseRules(String name, String title, Optional<InputRule> input, List<LayerCountRule> layers,
        Optional<OutputRule> output, Optional<Long> maxParams, Optional<TargetRule> target) {

    public ExerciseRules {
        layers = List.copyOf(layers);
    }

    /** The model's Input must be {@code height × width × channels}. */
    public record InputRule(int height, int width, int channels) {
    }

    /**
     * The model must have between {@code min} and {@code max} layers of {@code kind} (inclusive).
     *
     * @param hint shown when the rule fails, or {@code null} for the default hint
     */
    public record LayerCountRule(LayerKind kind, int min, int max, String hint) {

        /** {@code exactly 1 Conv2D}, {@code at most 3 Conv2D}, {@code 1 to 3 Conv2D}. */
        public String describe() {
            String type = kind.kerasName();
            if (min == max) {
                return "exactly " + min + " " + type;
            }
            if (min == 0) {
                return "at most " + max + " " + type;
            }
            if (max == Integer.MAX_VALUE) {
                return "at least " + min + " " + type;
            }
            return min + " to " + max + " " + type;
        }
    }

    /** The last layer must be a Dense with this many units and this activation. */
    public record OutputRule(int units, ActivationFunction activation) {
    }

    /**
     * A run passes when {@code metric} goes above (or below) {@code threshold} at an epoch no later than
     * {@code maxEpochs}.
     */
    public record TargetRule(TrainingMetric metric, boolean above, double threshold, int maxEpochs) {

        /** {@code accuracy > 0.998 within 20 epochs}. */
        public String describe() {
            return metric.jsonName() + (above ? " > " : " < ") + threshold + " within " + maxEpochs + " epochs";
        }

        /** Whether {@code value} meets the target (strictly, as the course's callback checks it). */
        public boolean isMet(double value) {
            return above ? value > threshold : value < threshold;
        }
    }
}
