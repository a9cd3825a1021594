// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.model.Model;
import dev.lamina.core.shape.ShapeInference;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramSelectionTest {

    private final Model model = CourseModels.mnistSingleConv();
    private final Diagram diagram = DiagramLayout.of(ShapeInference.analyze(model));
    private final List<String> names = diagram.blocks().stream().map(Block::layerName).toList();

    @Test
    void selectingKeepsModelOrderAndSaysWhetherItChanged() {
        DiagramSelection selection = new DiagramSelection();
        assertTrue(selection.select(diagram, List.of(names.get(3), names.get(1)), names.get(3)));
        assertEquals(List.of(names.get(1), names.get(3)), selection.names());
        assertEquals(names.get(3), selection.focus());
        assertFalse(selection.select(diagram, List.of(names.get(1), names.get(3)), null));
        assertEquals(names.get(3), selection.focus());
        assertEquals(List.of(names.get(3)), selection.toggled(names.get(1)));
        assertEquals(List.of(names.get(1), names.get(3), names.get(0)), selection.toggled(names.get(0)));
    }

    @Test
    void rangesRunInModelOrderEitherWay() {
        assertEquals(names.subList(1, 4), DiagramSelection.range(diagram, names.get(3), names.get(1)));
        assertEquals(names.subList(1, 4), DiagramSelection.range(diagram, names.get(1), names.get(3)));
        assertEquals(List.of(names.get(0), names.get(2)),
                DiagramSelection.inModelOrder(diagram, List.of(names.get(2), "gone", names.get(0))));
    }

    @Test
    void settingFromOutsideFocusesTheLastAndAnchorsTheFirst() {
        DiagramSelection selection = new DiagramSelection();
        assertTrue(selection.set(diagram, List.of(names.get(2), "gone", names.get(4))));
        assertEquals(List.of(names.get(2), names.get(4)), selection.names());
        assertEquals(names.get(4), selection.focus());
        assertEquals(names.get(2), selection.anchor());
        assertTrue(selection.hasAnchorIn(diagram));
        assertFalse(selection.set(diagram, List.of(names.get(2), names.get(4))));
    }

    @Test
    void aNewDiagramDropsVanishedLayersAndMovesTheFocus() {
        DiagramSelection selection = new DiagramSelection();
        selection.set(diagram, List.of(names.get(1), names.get(4)));
        Model smaller = model.withRemoved(4);
        selection.retain(DiagramLayout.of(ShapeInference.analyze(smaller)));
        assertEquals(List.of(names.get(1)), selection.names());
        assertEquals(names.get(1), selection.focus());
        selection.retain(DiagramLayout.of(ShapeInference.analyze(new Model(model.name(), List.of()))));
        assertTrue(selection.isEmpty());
        assertNull(selection.focus());
    }
}
