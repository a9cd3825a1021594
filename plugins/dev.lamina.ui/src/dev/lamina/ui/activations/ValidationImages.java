// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import dev.lamina.data.DataException;
import dev.lamina.data.image.PngFile;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.engine.inference.EvaluationData;
import dev.lamina.engine.run.RunPreparationException;

/**
 * Random images of a run's validation data ({@link EvaluationData#validation}, prepared as the run prepared them).
 * A sample is handed on as a PNG file, since IDX data (the course's MNIST) has no file per image: the PNG holds the
 * pixels the model sees, so the model prepares it to the same input.
 */
final class ValidationImages {

    /** A drawn sample: the PNG, and the sample's name and class for the caption. */
    record Sample(Path png, String name, String className) {
    }

    private final Path run;
    private final SampleSource data;
    private final Random random = new Random();

    private ValidationImages(Path run, SampleSource data) {
        this.run = run;
        this.data = data;
    }

    /**
     * @throws RunPreparationException saying why the run's data cannot be prepared, or that it has no validation
     */
    static ValidationImages of(Path run) throws RunPreparationException {
        SampleSource data = EvaluationData.validation(run);
        if (data == null) {
            throw new RunPreparationException(run.getFileName() + ": the run has no validation data");
        }
        return new ValidationImages(run, data);
    }

    Path run() {
        return run;
    }

    /** A random sample written to a temporary PNG (deleted when Lamina exits). */
    Sample draw() {
        int index = random.nextInt(data.size());
        try {
            Path png = Files.createTempFile("lamina-validation-", ".png");
            png.toFile().deleteOnExit();
            PngFile.write(data.load(index), png);
            return new Sample(png, data.describe(index), data.classNames().get(data.label(index)));
        } catch (IOException e) {
            throw new DataException(Path.of(System.getProperty("java.io.tmpdir")),
                    "cannot write a temporary image (" + DataException.ioReason(e) + ")", e);
        }
    }
}
