package dev.lamina.core.bench;

import dev.lamina.core.inference.Analysis;
import dev.lamina.core.inference.ShapeInference;
import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.ActivationLayer;
import dev.lamina.core.layer.BatchNormalization;
import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.layer.Dropout;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.Padding;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelBuilder;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Measures incremental re-inference as an editor would drive it: a 200-layer model, 10,000
 * random parameter edits, one {@link ShapeInference#update} per edit. Prints mean, p50, p99 and
 * max; the target is well under 5 ms. Run with
 * {@code java -cp target/classes dev.lamina.core.bench.InferenceBenchmark [edits] [seed]}.
 */
public final class InferenceBenchmark {

    private static final int LAYERS = 200;
    private static final int WARMUP_EDITS = 5_000;

    private InferenceBenchmark() {
    }

    public static void main(String[] args) {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Random random = new Random(seed);
        Model model = buildModel();
        ShapeInference inference = new ShapeInference();
        Analysis first = inference.update(model);
        if (first.hasErrors()) {
            throw new IllegalStateException("benchmark model has errors: " + first.problems());
        }

        for (int i = 0; i < WARMUP_EDITS; i++) {
            model = edit(model, random);
            inference.update(model);
        }
        long[] nanos = new long[edits];
        long checksum = 0;
        for (int i = 0; i < edits; i++) {
            model = edit(model, random);
            long start = System.nanoTime();
            Analysis analysis = inference.update(model);
            nanos[i] = System.nanoTime() - start;
            checksum += analysis.totalParams();
        }
        long coldStart = System.nanoTime();
        int coldRuns = 1_000;
        for (int i = 0; i < coldRuns; i++) {
            checksum += ShapeInference.analyze(model).totalParams();
        }
        double coldMean = (System.nanoTime() - coldStart) / (double) coldRuns;
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0);
        System.out.printf(Locale.ROOT, "%d layers, %d edits: mean %.1f µs, p50 %.1f µs, p99 %.1f µs, max %.1f µs"
                + " (target < 5000 µs; checksum %d)%n", model.size(), edits, mean / 1e3,
                nanos[edits / 2] / 1e3, nanos[(int) (edits * 0.99)] / 1e3, nanos[edits - 1] / 1e3, checksum);
        System.out.printf(Locale.ROOT, "full inference without cache: mean %.1f µs%n", coldMean / 1e3);
    }

    /** Input, 49 blocks of Conv2D (same) → BatchNormalization → Activation → Dropout, then the head. */
    static Model buildModel() {
        ModelBuilder builder = Model.builder().input(64, 64, 3);
        for (int block = 0; block < 49; block++) {
            builder.conv2d(16, 3, 1, Padding.SAME, ActivationFunction.LINEAR)
                    .batchNormalization()
                    .activation(ActivationFunction.RELU)
                    .dropout(0.1);
        }
        Model model = builder.globalAveragePooling2d().dropout(0.2).dense(10, ActivationFunction.SOFTMAX).build();
        if (model.size() != LAYERS) {
            throw new IllegalStateException("expected " + LAYERS + " layers, built " + model.size());
        }
        return model;
    }

    /** Changes one parameter of a random layer between the input and the output layer. */
    private static Model edit(Model model, Random random) {
        int index = 1 + random.nextInt(model.size() - 2);
        Layer layer = model.layer(index);
        Layer edited = switch (layer) {
            case Conv2D c -> new Conv2D(c.name(), 8 + random.nextInt(57), c.kernelSize(), c.strides(), c.padding(),
                    c.activation(), c.useBias());
            case BatchNormalization b -> new BatchNormalization(b.name(), 0.9 + random.nextInt(10) / 100.0,
                    b.epsilon(), b.center(), b.scale());
            case ActivationLayer a -> new ActivationLayer(a.name(),
                    random.nextBoolean() ? ActivationFunction.RELU : ActivationFunction.ELU);
            case Dropout d -> new Dropout(d.name(), random.nextInt(50) / 100.0);
            default -> layer;
        };
        return model.withLayer(index, edited);
    }
}
