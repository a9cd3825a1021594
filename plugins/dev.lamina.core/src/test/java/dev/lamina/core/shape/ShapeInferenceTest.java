// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.shape;

import static dev.lamina.core.layer.ActivationFunction.RELU;
import static dev.lamina.core.layer.ActivationFunction.SIGMOID;
import static dev.lamina.core.layer.ActivationFunction.SOFTMAX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.layer.Dense;
import dev.lamina.core.layer.InputLayer;
import dev.lamina.core.layer.Shape;
import dev.lamina.core.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeInferenceTest {

    @Test
    void courseModelsHaveTheCourseParameterCounts() {
        assertEquals(347_690, ShapeInference.analyze(CourseModels.mnistSingleConv()).totalParams());
        assertEquals(1_704_097, ShapeInference.analyze(CourseModels.horsesOrHumans()).totalParams());
        assertEquals(40_198_145, ShapeInference.analyze(CourseModels.happyOrSad()).totalParams());
    }

    @Test
    void happyOrSadNeeds300By300Input() {
        Model at150 = CourseModels.happyOrSad().withLayer(0, new InputLayer("input_1", 150, 150, 3));
        assertEquals(9_527_297, ShapeInference.analyze(at150).totalParams());
        Analysis at300 = ShapeInference.analyze(CourseModels.happyOrSad());
        assertEquals(Shape.flat(78_400), at300.layer(7).output());
    }

    @Test
    void horsesOrHumansShapesAndCosts() {
        Analysis analysis = ShapeInference.analyze(CourseModels.horsesOrHumans());
        List<Shape> outputs = analysis.layers().stream().map(LayerResult::output).toList();
        assertEquals(List.of(Shape.image(300, 300, 3), Shape.image(298, 298, 16), Shape.image(149, 149, 16),
                Shape.image(147, 147, 32), Shape.image(73, 73, 32), Shape.image(71, 71, 64), Shape.image(35, 35, 64),
                Shape.image(33, 33, 64), Shape.image(16, 16, 64), Shape.image(14, 14, 64), Shape.image(7, 7, 64),
                Shape.flat(3136), Shape.flat(512), Shape.flat(1)), outputs);
        assertEquals(List.of(), analysis.problems());
        assertEquals(Shape.flat(1), analysis.outputShape());
        assertEquals(0, analysis.nonTrainableParams());
        assertEquals(1_704_097L * 4, analysis.parameterBytes());
    }

    @Test
    void mnistMacsAndActivationMemory() {
        Analysis analysis = ShapeInference.analyze(CourseModels.mnistSingleConv());
        assertEquals(26 * 26 * 16 * 9 + 2704 * 128 + 128 * 10, analysis.totalMacs());
        long values = 28 * 28 + 26 * 26 * 16 + 13 * 13 * 16 + 2704 + 128 + 10;
        assertEquals(values * 4, analysis.activationBytes());
    }

    @Test
    void batchNormalizationCountsNonTrainableParams() {
        Model model = Model.builder().input(8, 8, 3).conv2d(4, 3, RELU).batchNormalization().flatten()
                .dense(1, SIGMOID).build();
        Analysis analysis = ShapeInference.analyze(model);
        assertEquals(8, analysis.layer(2).trainableParams());
        assertEquals(8, analysis.nonTrainableParams());
    }

    @Test
    void errorsNameTheLayerAndStopInference() {
        Model model = Model.builder().input(12, 12, 1)
                .conv2d(8, 3, RELU).maxPooling2d(2)
                .conv2d(8, 3, RELU).maxPooling2d(2)
                .conv2d(8, 3, RELU)
                .flatten().dense(1, SIGMOID).build();
        // 12 → 10 → 5 → 3 → 1: the third 3×3 convolution meets a 1×1 input
        Analysis analysis = ShapeInference.analyze(model);
        assertEquals(List.of("error: conv2d_2: 3×3 kernel does not fit a 1×1 input"),
                analysis.problems().stream().map(Problem::toString).toList());
        Problem problem = analysis.problems().getFirst();
        assertEquals(5, problem.layerIndex());
        assertEquals(Severity.ERROR, problem.severity());
        assertTrue(analysis.hasErrors());
        assertNull(analysis.outputShape());
        assertFalse(analysis.layer(6).inferred());
        assertNull(analysis.layer(6).input());
    }

    @Test
    void denseOnAnImageAsksForFlatten() {
        Model model = Model.builder().input(28, 28, 1).conv2d(16, 3, RELU).dense(10, SOFTMAX).build();
        assertEquals(List.of("error: dense: needs a flat input; add Flatten"),
                ShapeInference.analyze(model).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void warnsAboutLikelyMistakes() {
        Model softmaxOnOne = Model.builder().input(4, 4, 1).flatten().dense(1, SOFTMAX).build();
        assertEquals(List.of("warning: dense: softmax over 1 unit always outputs 1.0; use sigmoid for a yes/no output"),
                texts(softmaxOnOne));

        Model sigmoidOnTen = Model.builder().input(4, 4, 1).flatten().dense(10, SIGMOID).build();
        assertEquals(List.of("warning: dense: sigmoid output with 10 units: use softmax to pick one of 10 classes"
                + " (sigmoid is for independent yes/no outputs)"), texts(sigmoidOnTen));

        Model viaActivation = Model.builder().input(4, 4, 1).flatten().dense(10, ActivationFunction.LINEAR)
                .activation(SIGMOID).build();
        assertEquals(1, texts(viaActivation).size());
        assertTrue(texts(viaActivation).getFirst().startsWith("warning: activation: sigmoid output with 10 units"));

        Model noHead = Model.builder().input(4, 4, 1).conv2d(2, 3, RELU).flatten().build();
        assertEquals(List.of("warning: flatten: the model ends in flatten (Flatten); add a Dense output layer"),
                texts(noHead));

        Model noInput = Model.builder().flatten().dense(1, SIGMOID).build();
        assertEquals(List.of("warning: flatten: missing Input: add an Input layer first so that shapes can be"
                + " inferred"), texts(noInput));
        assertFalse(ShapeInference.analyze(noInput).layer(1).inferred());

        assertEquals(List.of("warning: the model has no layers; start with an Input"),
                texts(new Model("m", List.of())));
    }

    @Test
    void inputInTheMiddleAndDuplicateNamesAreErrors() {
        Model model = Model.builder().input(4, 4, 1).flatten().add(new InputLayer("input_2", 2, 2, 1))
                .add(new Dense("flatten", 1, SIGMOID)).build();
        assertEquals(List.of("error: input_2: Input must be the first layer",
                "error: flatten: duplicate layer name (also layer 1)"), texts(model));
    }

    @Test
    void updateReusesResultsBeforeTheEditAndWhereInputsAreUnchanged() {
        Model model = CourseModels.horsesOrHumans();
        ShapeInference inference = new ShapeInference();
        Analysis before = inference.update(model);

        // Layer 3 gets 48 filters instead of 32: layers 0-2 are untouched, 3-5 change, and from the next
        // convolution (64 filters again) on every result is reused.
        Conv2D old = (Conv2D) model.layer(3);
        Model edited = model.withLayer(3, new Conv2D(old.name(), 48, old.kernelSize(), old.strides(), old.padding(),
                old.activation(), old.useBias()));
        Analysis after = inference.update(edited);
        for (int i = 0; i < model.size(); i++) {
            boolean recomputed = i >= 3 && i <= 5;
            if (recomputed) {
                assertNotSame(before.layer(i), after.layer(i), "layer " + i);
            } else {
                assertSame(before.layer(i), after.layer(i), "layer " + i);
            }
        }
        assertEquals(Shape.image(73, 73, 48), after.layer(4).output());
        assertEquals(ShapeInference.analyze(edited), after);
        assertEquals(1_704_097 + 16 * 9 * 16 + 16 + 9 * 16 * 64, after.totalParams());
    }

    @Test
    void updateHandlesInsertionsAndRemovals() {
        ShapeInference inference = new ShapeInference();
        Model model = CourseModels.mnistSingleConv();
        inference.update(model);
        Model inserted = model.withInserted(4, new Dense("dense_2", 64, RELU));
        assertEquals(ShapeInference.analyze(inserted), inference.update(inserted));
        Model removed = inserted.withRemoved(1);
        Analysis analysis = inference.update(removed);
        assertEquals(ShapeInference.analyze(removed), analysis);
        assertEquals(Shape.flat(14 * 14), analysis.layer(2).output());
        assertEquals(347_690, inference.update(model).totalParams());
    }

    private static List<String> texts(Model model) {
        return ShapeInference.analyze(model).problems().stream().map(Problem::toString).toList();
    }
}
