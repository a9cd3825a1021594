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
 * @param answers       every sample's answer, in the data's order (what a confusion-matrix cell holds)
 */
public record Evaluation(double loss, ClassificationReport report, List<Misclassified> misclassified,
        List<Answer> answers) {

    public Evaluation {
        misclassified = List.copyOf(misclassified);
        answers = List.copyOf(answers);
    }

    /** The answers whose class is {@code actual} and prediction {@code predicted}: one confusion-matrix cell. */
    public List<Answer> cell(int actual, int predicted) {
        return answers.stream().filter(a -> a.actual() == actual && a.predicted() == predicted).toList();
    }

    /**
     * The model's answer for one sample.
     *
     * @param sample      the sample's index in the evaluated data
     * @param probability the predicted class's probability
     */
    public record Answer(int sample, int actual, int predicted, double probability) {
    }

    /** One wrong answer: the sample (usually a file), its class and the predicted one. */
    public record Misclassified(String sample, String actual, String predicted, double probability) {
    }
}
