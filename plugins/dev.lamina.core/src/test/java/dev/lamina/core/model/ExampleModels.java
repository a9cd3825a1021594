// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import dev.lamina.core.examples.CourseModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The course models behind {@code examples/DIR/model.lamina}, and the command that writes those files again after a
 * deliberate change of the format or of {@link CourseModels}; {@link ExampleModelsTest} only compares. From the
 * repository root:
 *
 * <pre>
 * ./mvnw -q -f plugins/dev.lamina.core/pom.xml test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.lamina.core.model.ExampleModels
 * </pre>
 */
public final class ExampleModels {

    static final String[] DIRECTORIES = {"mnist-single-conv", "horses-or-humans", "happy-or-sad"};

    private ExampleModels() {
    }

    static Supplier<Model> model(String directory) throws IOException {
        return switch (directory) {
            case "mnist-single-conv" -> CourseModels::mnistSingleConv;
            case "horses-or-humans" -> CourseModels::horsesOrHumans;
            case "happy-or-sad" -> CourseModels::happyOrSad;
            default -> throw new IOException("unknown example " + directory);
        };
    }

    /** Writes every example model under {@code examples} (the first argument, else {@code examples}). */
    public static void main(String[] args) throws IOException {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        for (String directory : DIRECTORIES) {
            Path file = examples.resolve(directory).resolve("model.lamina");
            Files.createDirectories(file.getParent());
            ModelFile.save(model(directory).get(), file);
            System.out.println("Wrote " + file);
        }
    }
}
