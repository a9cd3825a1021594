// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.layer.Dense;
import dev.lamina.core.layer.Flatten;
import dev.lamina.core.layer.InputLayer;
import dev.lamina.core.model.Model;
import dev.lamina.data.DataException;
import dev.lamina.run.metrics.EpochMetrics;

class ExerciseCheckerTest {

    static final String RULES = """
            {
              "format": 1,
              "name": "three-convs",
              "model": {
                "input": [28, 28, 1],
                "layers": [{"type": "Conv2D", "max": 1}],
                "output": {"units": 10, "activation": "softmax"},
                "max_params": 1000000
              },
              "run": {"metric": "accuracy", "above": 0.99, "max_epochs": 3}
            }
            """;

    @Test
    void aModelWithTooManyConvsFailsNamingThemAndSayingWhatToDo() {
        ExerciseRules rules = ExerciseFile.read(RULES, "exercise.json");
        Model model = new Model("m", List.of(new InputLayer("input_1", 28, 28, 1),
                new Conv2D("conv2d", 8, 3, ActivationFunction.RELU), new Conv2D("conv2d_1", 8, 3, ActivationFunction.RELU),
                new Flatten("flatten"), new Dense("dense", 10, ActivationFunction.SOFTMAX)));
        List<CheckResult> results = ExerciseChecker.checkModel(rules, model);
        CheckResult count = results.stream().filter(r -> r.rule().equals("at most 1 Conv2D")).findFirst().orElseThrow();
        assertEquals(CheckResult.Status.FAIL, count.status());
        assertEquals("found 2: conv2d, conv2d_1", count.detail());
        assertEquals("remove 1 Conv2D layer (e.g. conv2d_1)", count.hint());
        assertTrue(results.stream().filter(r -> !r.rule().equals("at most 1 Conv2D")).noneMatch(CheckResult::failed),
                results.toString());
    }

    @Test
    void theRunMustReachTheTargetWithinTheEpochLimit() {
        ExerciseRules.TargetRule target = ExerciseFile.read(RULES, "exercise.json").target().orElseThrow();
        assertEquals(CheckResult.Status.PASS, ExerciseChecker.checkRun(target,
                List.of(EpochMetrics.training(1, 1, 0.5, 1), EpochMetrics.training(2, 1, 0.995, 1))).status());
        CheckResult late = ExerciseChecker.checkRun(target, List.of(EpochMetrics.training(1, 1, 0.5, 1),
                EpochMetrics.training(2, 1, 0.6, 1), EpochMetrics.training(3, 1, 0.7, 1),
                EpochMetrics.training(4, 1, 0.995, 1)));
        assertEquals("reached only at epoch 4, after the limit of 3", late.detail());
        CheckResult exact = ExerciseChecker.checkRun(target, List.of(EpochMetrics.training(1, 1, 0.99, 1)));
        assertEquals("best accuracy 0.9900 at epoch 1 of 1", exact.detail(), "strictly above, as the course checks");
    }

    @Test
    void badRulesAreOneLineWithFileLineAndPath() {
        DataException e = assertThrows(DataException.class, () -> ExerciseFile.read(
                "{\"format\": 1, \"name\": \"x\", \"model\": {\"layers\": [{\"type\": \"Conv3D\", \"max\": 1}]}}",
                "ex/exercise.json"));
        assertTrue(e.getMessage().startsWith("ex/exercise.json:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("$.model.layers[0].type: expected a layer type"), e.getMessage());
        DataException newer = assertThrows(DataException.class,
                () -> ExerciseFile.read("{\"format\": 2, \"name\": \"x\"}", "exercise.json"));
        assertTrue(newer.getMessage().contains("update Lamina"), newer.getMessage());
        DataException typo = assertThrows(DataException.class,
                () -> ExerciseFile.read("{\"format\": 1, \"name\": \"x\", \"runs\": {}}", "exercise.json"));
        assertTrue(typo.getMessage().contains("$.runs: unknown key"), typo.getMessage());
    }
}
