// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiagramViewportTest {

    private static DiagramViewport viewport(int viewWidth, int viewHeight, double width, double height) {
        DiagramViewport viewport = new DiagramViewport();
        viewport.setDiagramSize(width, height);
        viewport.setViewSize(viewWidth, viewHeight);
        return viewport;
    }

    @Test
    void aDiagramNarrowerThanTheViewIsCentredAndPixelsMapBothWays() {
        DiagramViewport viewport = viewport(800, 400, 300, 1200);
        assertEquals(250, viewport.offsetX());
        assertArrayEquals(new double[] {0, 0}, viewport.toDiagram(250, 0));
        viewport.scrollTo(0, 100);
        assertEquals(new Bounds(260, -80, 50, 40), viewport.toView(new Bounds(10, 20, 50, 40)));
        double[] back = viewport.toDiagram(260, -80);
        assertArrayEquals(new double[] {10, 20}, back, 1e-9);
    }

    @Test
    void scrollingStopsAtTheContentsEdges() {
        DiagramViewport viewport = viewport(400, 300, 1000, 900);
        viewport.scrollTo(-50, 5000);
        assertEquals(0, viewport.scrollX());
        assertEquals(600, viewport.scrollY());
        viewport.setViewSize(400, 800);
        assertEquals(100, viewport.scrollY(), "a taller view clamps the offset again");
    }

    @Test
    void zoomingKeepsThePointUnderTheMouseStillAndIsClamped() {
        DiagramViewport viewport = viewport(400, 300, 1000, 2000);
        viewport.scrollTo(100, 200);
        double[] before = viewport.toDiagram(150, 120);
        viewport.zoomAt(2, 150, 120);
        assertEquals(2, viewport.zoom());
        assertArrayEquals(before, viewport.toDiagram(150, 120), 0.5);
        viewport.zoomAtCentre(100);
        assertEquals(DiagramViewport.MAX_ZOOM, viewport.zoom());
        viewport.zoomAtCentre(0.001);
        assertEquals(DiagramViewport.MIN_ZOOM, viewport.zoom());
    }

    @Test
    void fitZoomShowsTheWholeDiagramButNeverEnlargesIt() {
        assertEquals(0.25, viewport(400, 300, 1000, 1200).fitZoom(), 1e-9);
        assertEquals(1, viewport(400, 300, 100, 100).fitZoom());
    }

    @Test
    void revealScrollsAsLittleAsPossible() {
        DiagramViewport viewport = viewport(400, 300, 400, 3000);
        viewport.reveal(new Bounds(0, 1000, 200, 100), 10);
        assertEquals(1110 - 300, viewport.scrollY(), "scrolled down until the block's bottom and margin show");
        viewport.reveal(new Bounds(0, 500, 200, 50), 10);
        assertEquals(490, viewport.scrollY(), "scrolled up to the block's top and margin");
        viewport.reveal(new Bounds(0, 550, 200, 50), 10);
        assertEquals(490, viewport.scrollY(), "a visible block scrolls nothing");
    }
}
