// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.training;

import dev.lamina.data.pipeline.SampleSource;

/**
 * What a run learns from.
 *
 * @param training   the training samples
 * @param validation validation samples, or {@code null}
 * @param skipped    files the scan left out, to report
 */
public record TrainingData(SampleSource training, SampleSource validation, int skipped) {

    public TrainingData {
        if (training == null || training.size() == 0) {
            throw new IllegalArgumentException("no training samples");
        }
        if (validation != null && !validation.classNames().equals(training.classNames())) {
            throw new IllegalArgumentException("validation classes " + validation.classNames()
                    + " differ from training classes " + training.classNames());
        }
    }
}
