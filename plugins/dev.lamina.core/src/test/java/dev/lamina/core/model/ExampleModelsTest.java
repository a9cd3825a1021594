// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lamina.core.examples.CourseModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The files under {@code examples/} are exactly what a save of {@link CourseModels} produces. This test only
 * compares: {@link ExampleModels#main} writes them again.
 */
class ExampleModelsTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("../../examples")
            .normalize();

    @ParameterizedTest
    @CsvSource({"mnist-single-conv, 347690", "horses-or-humans, 1704097", "happy-or-sad, 40198145"})
    void exampleIsByteIdenticalToASave(String directory, long params) throws Exception {
        Model model = ExampleModels.model(directory).get();
        Path file = EXAMPLES.resolve(directory).resolve("model.lamina");
        assertEquals(LaminaFormat.write(model), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(model, ModelFile.load(file));
        assertEquals(params, dev.lamina.core.shape.ShapeInference.analyze(ModelFile.load(file)).totalParams());
    }
}
