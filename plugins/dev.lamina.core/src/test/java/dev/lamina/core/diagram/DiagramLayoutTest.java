// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.Position;
import dev.lamina.core.shape.Severity;
import dev.lamina.core.shape.ShapeInference;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramLayoutTest {

    private static Diagram diagramOf(Model model) {
        return DiagramLayout.of(ShapeInference.analyze(model));
    }

    @Test
    void blocksFormAColumnWithTheCourseModelsSpacing() {
        Model mnist = CourseModels.mnistSingleConv();
        Diagram diagram = diagramOf(mnist);
        assertEquals(6, diagram.blocks().size());
        for (Block block : diagram.blocks()) {
            Position stored = mnist.layout().positionOf(block.layerName()).orElseThrow();
            assertEquals(stored, new Position(block.bounds().x(), block.bounds().y()), block.layerName());
            assertEquals(DiagramLayout.BLOCK_WIDTH, block.bounds().width());
            assertEquals(DiagramLayout.BLOCK_HEIGHT, block.bounds().height());
        }
        assertEquals(mnist.layout(), DiagramLayout.positions(mnist));
        assertSame(mnist, DiagramLayout.placed(mnist));
        assertEquals(DiagramLayout.LEFT + DiagramLayout.BLOCK_WIDTH + DiagramLayout.RIGHT_MARGIN, diagram.width());
        Block last = diagram.blocks().getLast();
        assertEquals(last.bounds().bottom() + DiagramLayout.OUTPUT_EDGE + DiagramLayout.BOTTOM_MARGIN, diagram.height());
    }

    @Test
    void edgesCarryTheShapeFlowingBetweenLayers() {
        Diagram diagram = diagramOf(CourseModels.mnistSingleConv());
        List<String> labels = diagram.edges().stream().map(Edge::label).toList();
        assertEquals(List.of("28×28×1", "26×26×16", "13×13×16", "2704", "128", "10"), labels);
        Edge first = diagram.edges().getFirst();
        assertEquals(diagram.blocks().get(0).bounds().bottom(), first.y1());
        assertEquals(diagram.blocks().get(1).bounds().y(), first.y2());
        assertEquals(diagram.blocks().get(0).bounds().centerX(), first.x());
        assertTrue(diagram.edges().stream().allMatch(Edge::known));
    }

    @Test
    void blocksShowNameTypeSettingsAndParameters() {
        Diagram diagram = diagramOf(CourseModels.horsesOrHumans());
        Block conv = diagram.blocks().get(1);
        assertEquals("conv2d", conv.name());
        assertEquals("Conv2D", conv.type());
        assertEquals("16 filters, 3×3, relu", conv.settings());
        assertEquals("448 parameters", conv.footer());
        assertEquals(LayerCategory.CONVOLUTION, conv.category());
        assertNull(conv.badge());
        assertTrue(conv.tooltip().contains("Output shape: (None, 298, 298, 16)"), conv.tooltip());
        assertTrue(conv.tooltip().contains("MACs per sample: 38,363,328"), conv.tooltip());
        assertEquals("max 2×2", diagram.blocks().get(2).settings());
        assertEquals("512 units, relu", diagram.blocks().get(12).settings());
        assertEquals("1 unit, sigmoid", diagram.blocks().get(13).settings());
        assertTrue(diagram.title().contains("1,704,097"), diagram.title());
    }

    @Test
    void errorsAndWarningsBecomeBadgesAndBrokenEdges() {
        Model model = Model.builder().input(2, 2, 1).conv2d(8, 3, ActivationFunction.RELU).flatten()
                .dense(1, ActivationFunction.SOFTMAX).build();
        Diagram diagram = diagramOf(model);
        Block conv = diagram.blocks().get(1);
        assertEquals(Severity.ERROR, conv.badge());
        assertTrue(conv.hasError());
        assertEquals("3×3 kernel does not fit a 2×2 input", conv.footer());
        assertFalse(diagram.edges().get(1).known());
        assertEquals("?", diagram.edges().get(1).label());
        assertEquals("shape unknown", diagram.blocks().get(2).footer());

        Diagram warned = diagramOf(Model.builder().input(4, 4, 1).flatten().dense(1, ActivationFunction.SOFTMAX)
                .build());
        Block dense = warned.blocks().get(2);
        assertEquals(Severity.WARNING, dense.badge());
        assertTrue(dense.problems().getFirst().contains("softmax"), dense.problems().toString());
    }

    @Test
    void hitTestingAndInsertionPoints() {
        Diagram diagram = diagramOf(CourseModels.mnistSingleConv());
        assertEquals("conv2d", diagram.blockAt(60, 150).layerName());
        assertNull(diagram.blockAt(60, 120));
        assertNull(diagram.blockAt(10, 150));
        assertEquals(0, diagram.insertionIndexAt(0));
        assertEquals(1, diagram.insertionIndexAt(120));
        assertEquals(6, diagram.insertionIndexAt(10_000));
        assertEquals(122, diagram.insertionY(1));
        assertEquals(22, diagram.insertionY(0));
    }

    @Test
    void everyKindHasACategoryAndLongTextIsShortened() {
        for (LayerKind kind : LayerKind.values()) {
            assertTrue(LayerCategory.of(kind).kinds().contains(kind));
        }
        assertEquals("abc…", TextWidth.fit("abcdefgh", TextWidth.of("abc…", 10, false), 10, false));
        assertEquals("abcdefgh", TextWidth.fit("abcdefgh", 100, 10, false));
        assertEquals(6.36, TextWidth.of("0", 10, false), 1e-9);
        assertEquals("1e-05", LayerText.number(0.00001));
        assertEquals("0.99", LayerText.number(0.99));
        assertEquals("3", LayerText.number(3.0));
    }

    @Test
    void longNamesUseTheShortTypeAndAreShortenedToFit() {
        Model model = Model.builder().input(8, 8, 3).add(new dev.lamina.core.layer.GlobalAveragePooling2D(
                "global_average_pooling2d_with_a_very_long_name")).dense(2, ActivationFunction.SOFTMAX).build();
        Block block = DiagramLayout.of(ShapeInference.analyze(model)).blocks().get(1);
        assertEquals("GlobalAvgPool2D", block.type());
        assertTrue(block.name().endsWith("…"), block.name());
        assertEquals("global_average_pooling2d_with_a_very_long_name", block.layerName());
        double room = DiagramLayout.BLOCK_WIDTH - 2 * DiagramStyle.PADDING;
        assertTrue(TextWidth.of(block.name(), DiagramStyle.NAME_SIZE, true)
                + TextWidth.of(block.type(), DiagramStyle.TYPE_SIZE, false) < room);
        Block max = diagramOf(CourseModels.horsesOrHumans()).blocks().get(4);
        assertEquals("max_pooling2d_1", max.name());
        assertEquals("MaxPooling2D", max.type());
    }

    @Test
    void anEmptyModelIsAnEmptyDiagram() {
        Diagram diagram = diagramOf(new Model("empty", List.of()));
        assertTrue(diagram.blocks().isEmpty());
        assertEquals(0, diagram.insertionIndexAt(500));
    }
}
