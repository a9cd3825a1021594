// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.inference;

import java.util.List;

import dev.lamina.run.metrics.ClassificationReport;

/**
 * A trained model measured on labelled data.
 *
 * @param loss          the training loss on this data, averaged over samples
 * @param report        accuracy, per-class precision/recall/F1 and the confusion matrix
 * @param misclassified every sample the model got wrong
 */
public record Evaluation(double loss, ClassificationReport report, List<Misclassified> misclassified) {

    public Evaluation {
        misclassified = List.copyOf(misclassified);
    }

    /** One wrong answer: the sample (usually a file), its class and the predicted one. */
    public record Misclassified(String sample, String actual, String predicted, double probability) {
    }
}
