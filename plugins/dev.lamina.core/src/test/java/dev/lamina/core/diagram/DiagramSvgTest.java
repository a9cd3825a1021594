// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.model.Model;
import dev.lamina.core.shape.ShapeInference;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagramSvgTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void theHorsesModelIsWellFormedSvgWithEveryBlockAndShape() throws Exception {
        Diagram diagram = DiagramLayout.of(ShapeInference.analyze(CourseModels.horsesOrHumans()));
        String svg = DiagramSvg.write(diagram);
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(Integer.toString(diagram.width()), root.getAttribute("width"));
        assertEquals(Integer.toString(diagram.height()), root.getAttribute("height"));

        List<String> texts = texts(document);
        for (Block block : diagram.blocks()) {
            assertTrue(texts.contains(block.name()), block.name());
            assertTrue(texts.contains(block.settings()), block.settings());
        }
        for (String shape : List.of("300×300×3", "298×298×16", "149×149×16", "3136", "512", "1")) {
            assertTrue(texts.contains(shape), shape + " in " + texts);
        }
        assertEquals(diagram.blocks().size(),
                document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g").getLength());
        assertTrue(svg.contains("<g id=\"layer-conv2d\">"));
        assertTrue(svg.contains("fill=\"" + LayerCategory.CONVOLUTION.fill().hex() + "\""));
        assertTrue(svg.endsWith("</svg>\n"));
    }

    @Test
    void theSameModelGivesTheSameBytes() {
        Diagram a = DiagramLayout.of(ShapeInference.analyze(CourseModels.happyOrSad()));
        Diagram b = DiagramLayout.of(ShapeInference.analyze(CourseModels.happyOrSad()));
        assertEquals(DiagramSvg.write(a), DiagramSvg.write(b));
    }

    @Test
    void errorsAreDrawnAsBadgesAndDashedEdges() throws Exception {
        Model model = Model.builder().input(2, 2, 1).conv2d(8, 3, ActivationFunction.RELU).flatten()
                .dense(10, ActivationFunction.SOFTMAX).build();
        String svg = DiagramSvg.write(DiagramLayout.of(ShapeInference.analyze(model)));
        parse(svg);
        assertTrue(svg.contains("stroke-dasharray"));
        assertTrue(svg.contains("<circle"));
        assertTrue(svg.contains("3×3 kernel does not fit a 2×2 input"));
    }

    @Test
    void textIsEscaped() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;", DiagramSvg.escape("a <b> & \"c\" 'd'"));
    }
}
