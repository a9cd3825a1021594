// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.core.model.ModelFile;
import dev.lamina.core.model.ModelLoadException;

/** lamina summary, import-keras and export-keras on the course's example models. */
class ModelCommandsTest {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void summariesOfTheThreeCourseModelsEndInKerasTotals() {
        assertTotal("horses-or-humans", "1,704,097");
        assertTotal("mnist-single-conv", "347,690");
        assertTotal("happy-or-sad", "40,198,145");
    }

    private static void assertTotal(String example, String total) {
        CliRun run = CliRun.of("summary", EXAMPLES.resolve(example).resolve("model.lamina").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains(" Layer (type)                Output Shape              Param #"), run.out());
        assertTrue(run.out().contains("Total params: " + total + "\n"), run.out());
        assertTrue(run.out().contains("Non-trainable params: 0"), run.out());
    }

    @Test
    void extendedSummaryShowsMacsAndMemory() {
        CliRun run = CliRun.of("summary", "--extended",
                EXAMPLES.resolve("mnist-single-conv/model.lamina").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("MACs"), run.out());
    }

    @Test
    void anInvalidFileIsOneLineAndExit1() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.lamina"), "{\"format\": 1, \"name\": \"m\", \"layers\": [");
        CliRun run = CliRun.of("summary", bad.toString());
        assertEquals(ExitCode.FAILURE, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("lamina: bad.lamina:1:"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aModelThatDoesNotFitItsInputNamesTheLayer() throws IOException {
        Path model = dir.resolve("tiny.lamina");
        Files.writeString(model, Files.readString(EXAMPLES.resolve("mnist-single-conv/model.lamina"))
                .replace("\"height\": 28", "\"height\": 2").replace("\"width\": 28", "\"width\": 2"));
        CliRun run = CliRun.of("summary", model.toString());
        assertEquals(ExitCode.FAILURE, run.exitCode());
        assertTrue(run.err().contains("conv2d: 3×3 kernel does not fit a 2×2 input"), run.err());
    }

    @Test
    void aMissingFileIsNamed() {
        CliRun run = CliRun.of("summary", dir.resolve("nope.lamina").toString());
        assertEquals(ExitCode.FAILURE, run.exitCode());
        assertTrue(run.err().endsWith("nope.lamina: no such file\n"), run.err());
    }

    @Test
    void kerasRoundTripThroughTheCommandsIsLossless() throws IOException, ModelLoadException {
        Path original = EXAMPLES.resolve("horses-or-humans/model.lamina");
        Path json = dir.resolve("horses.json");
        CliRun export = CliRun.of("export-keras", original.toString(), "-o", json.toString());
        assertEquals(ExitCode.OK, export.exitCode(), export.err());
        assertTrue(Files.readString(json).contains("\"class_name\": \"Sequential\"")
                || Files.readString(json).contains("\"class_name\":\"Sequential\""));

        CliRun imported = CliRun.of("import-keras", json.toString());
        assertEquals(ExitCode.OK, imported.exitCode(), imported.err());
        Path back = dir.resolve("horses.lamina");
        assertEquals(ModelFile.load(original).layers(), ModelFile.load(back).layers());

        CliRun summary = CliRun.of("summary", json.toString());
        assertTrue(summary.out().contains("Total params: 1,704,097"), summary.out());

        CliRun again = CliRun.of("import-keras", json.toString());
        assertEquals(ExitCode.FAILURE, again.exitCode());
        assertTrue(again.err().contains("already exists (use --force to replace it)"), again.err());
    }

    @Test
    void exportWithoutOutputPrintsTheJson() {
        CliRun run = CliRun.of("export-keras", EXAMPLES.resolve("mnist-single-conv/model.lamina").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{"), run.out());
        assertFalse(run.out().contains("Wrote"));
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        CliRun run = CliRun.of("summary", "--bogus", "x.lamina");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("lamina: summary: unknown option '--bogus' (see 'lamina --help')\n", run.err());
    }
}
