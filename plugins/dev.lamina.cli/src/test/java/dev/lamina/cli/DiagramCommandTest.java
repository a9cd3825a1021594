// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.core.diagram.Diagram;
import dev.lamina.core.diagram.DiagramLayout;
import dev.lamina.core.diagram.DiagramStyle;
import dev.lamina.core.diagram.DiagramSvg;
import dev.lamina.core.diagram.LayerCategory;
import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.ModelFile;
import dev.lamina.core.shape.ShapeInference;

/** lamina diagram: the editor's diagram as SVG and as a headless PNG. */
class DiagramCommandTest {

    private static final Path HORSES = ModelCommandsTest.EXAMPLES.resolve("horses-or-humans/model.lamina");

    @TempDir
    Path dir;

    @Test
    void writesTheSameSvgAsTheCoreWriter() throws Exception {
        Path out = dir.resolve("horses.svg");
        CliRun run = CliRun.of("diagram", HORSES.toString(), out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("Wrote " + out + " (14 layers)\n", run.out());
        assertEquals("", run.err());
        Diagram diagram = DiagramLayout.of(ShapeInference.analyze(ModelFile.load(HORSES)));
        assertEquals(DiagramSvg.write(diagram), Files.readString(out));
        assertTrue(Files.readString(out).contains(">298×298×16</text>"));
    }

    @Test
    void drawsAPngHeadlessAtTheRequestedScale() throws IOException {
        Path out = dir.resolve("horses.png");
        CliRun run = CliRun.of("diagram", HORSES.toString(), out.toString(), "--scale", "2");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(out.toFile());
        Diagram diagram = DiagramLayout.of(ShapeInference.analyze(CourseModels.horsesOrHumans()));
        assertEquals(diagram.width() * 2, image.getWidth());
        assertEquals(diagram.height() * 2, image.getHeight());
        // The background, and the conv2d block's fill at its middle-left (inside the block, clear of text).
        assertEquals(DiagramStyle.BACKGROUND.value(), image.getRGB(4, 4) & 0xffffff);
        int x = 2 * (DiagramLayout.LEFT + 4);
        int y = 2 * (DiagramLayout.TOP + DiagramLayout.SPACING + DiagramLayout.BLOCK_HEIGHT - 4);
        assertEquals(LayerCategory.CONVOLUTION.fill().value(), image.getRGB(x, y) & 0xffffff);
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().startsWith(".diagram-")));
    }

    @Test
    void aModelWithErrorsIsStillDrawnAndItsProblemsReported() throws IOException {
        Path model = dir.resolve("tiny.lamina");
        Files.writeString(model, Files.readString(ModelCommandsTest.EXAMPLES.resolve("mnist-single-conv/model.lamina"))
                .replace("\"height\": 28", "\"height\": 2").replace("\"width\": 28", "\"width\": 2"));
        Path out = dir.resolve("tiny.svg");
        CliRun run = CliRun.of("diagram", model.toString(), out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: conv2d: 3×3 kernel does not fit a 2×2 input"), run.err());
        assertTrue(Files.readString(out).contains("stroke-dasharray"));
    }

    @Test
    void theOutputMustBeSvgOrPng() {
        CliRun run = CliRun.of("diagram", HORSES.toString(), dir.resolve("x.gif").toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("must end in .svg or .png"), run.err());
        assertEquals(ExitCode.USAGE, CliRun.of("diagram", HORSES.toString(), "x.png", "--scale", "0").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.of("diagram", HORSES.toString()).exitCode());
    }

    @Test
    void aMissingModelIsNamed() {
        CliRun run = CliRun.of("diagram", dir.resolve("nope.lamina").toString(), dir.resolve("x.svg").toString());
        assertEquals(ExitCode.FAILURE, run.exitCode());
        assertTrue(run.err().endsWith("nope.lamina: no such file\n"), run.err());
    }
}
