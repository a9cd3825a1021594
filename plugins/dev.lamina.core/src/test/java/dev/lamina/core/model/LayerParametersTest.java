// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.layer.Dense;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.core.layer.Window;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerParametersTest {

    private final Conv2D conv = new Conv2D("conv2d", 16, 3, ActivationFunction.RELU);

    @Test
    void parametersComeInFileOrderWithChoicesForEnumsAndBooleans() {
        List<LayerParameter> parameters = LayerParameters.of(LayerKind.CONV2D);
        assertEquals(List.of("filters", "kernel_size", "strides", "padding", "activation", "use_bias"),
                parameters.stream().map(LayerParameter::key).toList());
        assertTrue(parameters.get(3).choices().contains("same"));
        assertTrue(parameters.get(4).choices().contains("relu"));
        assertEquals(List.of("true", "false"), parameters.get(5).choices());
        assertTrue(!parameters.get(0).isChoice() && parameters.get(4).isChoice());
        assertEquals(List.of(), LayerParameters.of(LayerKind.FLATTEN));
    }

    @Test
    void valuesReadAsTheyAreTyped() {
        assertEquals("16", LayerParameters.text(conv, "filters"));
        assertEquals("3×3", LayerParameters.text(conv, "kernel_size"));
        assertEquals("relu", LayerParameters.text(conv, "activation"));
        assertEquals("true", LayerParameters.text(conv, "use_bias"));
    }

    @Test
    void windowsAcceptTheUsualSpellings() {
        for (String text : List.of("5x5", "5 × 5", "5, 5", "[5, 5]")) {
            Layer changed = LayerParameters.with(conv, "kernel_size", text);
            assertEquals(new Window(5, 5), ((Conv2D) changed).kernelSize(), text);
        }
        assertEquals(ActivationFunction.SIGMOID,
                ((Conv2D) LayerParameters.with(conv, "activation", " Sigmoid ")).activation());
        assertEquals(32, ((Dense) LayerParameters.with(new Dense("dense", 10, ActivationFunction.SOFTMAX, true),
                "units", "32")).units());
    }

    @Test
    void refusedValuesSayWhyAtTheirKey() {
        assertNull(LayerParameters.problem(conv, "filters", "32"));
        String problem = LayerParameters.problem(conv, "filters", "abc");
        assertNotNull(problem);
        assertTrue(problem.startsWith("filters: "), problem);
        assertNotNull(LayerParameters.problem(conv, "filters", "0"));
        assertThrows(IllegalArgumentException.class, () -> LayerParameters.with(conv, "activation", "nope"));
    }
}
