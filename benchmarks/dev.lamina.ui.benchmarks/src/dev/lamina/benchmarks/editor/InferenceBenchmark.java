// SPDX-License-Identifier: EPL-2.0
package dev.lamina.benchmarks.editor;

import dev.lamina.core.model.Model;
import dev.lamina.core.shape.Analysis;
import dev.lamina.core.shape.ShapeInference;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Measures incremental re-inference as an editor would drive it: a 200-layer model, 10,000
 * random parameter edits, one {@link ShapeInference#update} per edit. Prints mean, p50, p99 and
 * max; the target is well under 5 ms. Run with
 * {@code java -cp target/classes dev.lamina.benchmarks.editor.InferenceBenchmark [edits] [seed]}.
 */
public final class InferenceBenchmark {

    private static final int WARMUP_EDITS = 5_000;

    private InferenceBenchmark() {
    }

    public static void main(String[] args) {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Random random = new Random(seed);
        Model model = BenchmarkModels.twoHundredLayers();
        ShapeInference inference = new ShapeInference();
        Analysis first = inference.update(model);
        if (first.hasErrors()) {
            throw new IllegalStateException("benchmark model has errors: " + first.problems());
        }

        for (int i = 0; i < WARMUP_EDITS; i++) {
            model = BenchmarkModels.randomEdit(model, random);
            inference.update(model);
        }
        long[] nanos = new long[edits];
        long checksum = 0;
        for (int i = 0; i < edits; i++) {
            model = BenchmarkModels.randomEdit(model, random);
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


}
