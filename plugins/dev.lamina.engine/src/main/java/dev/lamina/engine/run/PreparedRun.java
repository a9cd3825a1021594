// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.run;

import dev.lamina.core.model.Model;
import dev.lamina.engine.archive.ModelMetadata;
import dev.lamina.engine.device.BackendDecision;
import dev.lamina.engine.training.TrainingData;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.TrainingSettings;

/**
 * A run configuration with everything it names loaded: ready for the trainer.
 *
 * @param metadata what the trained model file will carry (its history is filled in as epochs end)
 * @param backend  where the run computes and why (never a refusal: those stop the preparation)
 */
public record PreparedRun(RunConfig config, Model model, TrainingData data, TrainingSettings settings,
        ModelMetadata metadata, BackendDecision backend) {
}
