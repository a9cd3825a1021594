// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.shape;

import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.ActivationLayer;
import dev.lamina.core.layer.Dense;
import dev.lamina.core.layer.InputLayer;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.Propagation;
import dev.lamina.core.layer.Shape;
import dev.lamina.core.model.Model;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Infers output shapes, parameter counts and costs layer by layer, exactly as Keras computes
 * them, and reports problems as data.
 *
 * <p>An instance keeps the result of the last model it saw. Since a layer's result depends only
 * on the layer and its input shape, {@link #update(Model)} reuses every cached result whose layer
 * and input are unchanged: after an edit at index {@code i} only layers from {@code i} on are
 * looked at again, and only those whose input actually changed are recomputed. Not thread-safe;
 * use one instance per editor.
 */
public final class ShapeInference {

    private LayerResult[] cache = new LayerResult[0];

    /** Infers a model once, without keeping anything. */
    public static Analysis analyze(Model model) {
        return new ShapeInference().update(model);
    }

    /** Infers {@code model}, reusing what is still valid from the previous call. */
    public Analysis update(Model model) {
        List<Layer> layers = model.layers();
        LayerResult[] results = Arrays.copyOf(cache, layers.size());
        Shape input = null;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            LayerResult cached = i < cache.length ? cache[i] : null;
            LayerResult result = cached != null && sameLayer(cached.layer(), layer) && Objects.equals(
                    cached.input(), input) ? cached : infer(i, layer, input);
            results[i] = result;
            input = result.output();
        }
        cache = results;
        return new Analysis(model, Arrays.asList(results), problems(model, results));
    }

    private static boolean sameLayer(Layer cached, Layer layer) {
        return cached == layer || cached.equals(layer);
    }

    /** One layer's result: a pure function of the layer, its index and its input shape. */
    private static LayerResult infer(int index, Layer layer, Shape input) {
        if (index > 0 && layer instanceof InputLayer) {
            return new LayerResult(index, layer, input, null, 0, 0, 0,
                    List.of(Problem.error(index, layer.name(), InputLayer.NOT_FIRST)));
        }
        boolean inputKnown = input != null || (index == 0 && layer instanceof InputLayer);
        if (!inputKnown) {
            return new LayerResult(index, layer, null, null, 0, 0, 0, List.of());
        }
        List<Problem> problems = new ArrayList<>(1);
        switch (layer.propagate(input)) {
            case Propagation.Rejected rejected -> {
                problems.add(Problem.error(index, layer.name(), rejected.reason()));
                return new LayerResult(index, layer, input, null, 0, 0, 0, problems);
            }
            case Propagation.Output out -> {
                layerWarnings(index, layer, input, problems);
                return new LayerResult(index, layer, input, out.shape(), out.trainableParams(),
                        out.nonTrainableParams(), out.macs(), problems);
            }
        }
    }

    private static void layerWarnings(int index, Layer layer, Shape input, List<Problem> problems) {
        boolean softmaxOverOne = switch (layer) {
            case Dense dense -> dense.activation() == ActivationFunction.SOFTMAX && dense.units() == 1;
            case ActivationLayer activation -> activation.activation() == ActivationFunction.SOFTMAX
                    && input != null && input.last() == 1;
            default -> false;
        };
        if (softmaxOverOne) {
            problems.add(Problem.warning(index, layer.name(),
                    "softmax over 1 unit always outputs 1.0; use sigmoid for a yes/no output"));
        }
    }

    private static List<Problem> problems(Model model, LayerResult[] results) {
        List<Problem> problems = new ArrayList<>();
        List<Layer> layers = model.layers();
        if (layers.isEmpty()) {
            problems.add(Problem.warning(-1, null, "the model has no layers; start with an Input"));
            return problems;
        }
        if (!(layers.getFirst() instanceof InputLayer)) {
            problems.add(Problem.warning(0, layers.getFirst().name(),
                    "missing Input: add an Input layer first so that shapes can be inferred"));
        }
        Map<String, Integer> firstIndexByName = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            Integer first = firstIndexByName.putIfAbsent(layer.name(), i);
            if (first != null) {
                problems.add(Problem.error(i, layer.name(), "duplicate layer name (also layer " + first + ")"));
            }
            problems.addAll(results[i].problems());
        }
        outputWarnings(layers, results, problems);
        return problems;
    }

    /** The end of the model should be a Dense output layer, possibly followed by Activation. */
    private static void outputWarnings(List<Layer> layers, LayerResult[] results, List<Problem> problems) {
        int last = layers.size() - 1;
        int head = last;
        while (head > 0 && layers.get(head) instanceof ActivationLayer) {
            head--;
        }
        if (!(layers.get(head) instanceof Dense dense)) {
            Layer end = layers.get(last);
            if (!(end instanceof InputLayer && layers.size() == 1)) {
                problems.add(Problem.warning(last, end.name(), "the model ends in " + end.label()
                        + "; add a Dense output layer"));
            }
            return;
        }
        ActivationFunction output = head == last ? dense.activation()
                : ((ActivationLayer) layers.get(last)).activation();
        if (output == ActivationFunction.SIGMOID && dense.units() > 1 && results[last].inferred()) {
            problems.add(Problem.warning(last, layers.get(last).name(), "sigmoid output with " + dense.units()
                    + " units: use softmax to pick one of " + dense.units()
                    + " classes (sigmoid is for independent yes/no outputs)"));
        }
    }
}
