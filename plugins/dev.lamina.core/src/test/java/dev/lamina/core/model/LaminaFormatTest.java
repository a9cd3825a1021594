// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.AveragePooling2D;
import dev.lamina.core.layer.BatchNormalization;
import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.layer.Dropout;
import dev.lamina.core.layer.Padding;
import dev.lamina.core.layer.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaminaFormatTest {

    /** A hand-written file; the cases below break one value of it. */
    private static final String HORSES = """
            {
              "format": 1,
              "name": "horses",
              "layers": [
                {"type": "InputLayer", "name": "input_1", "height": 300, "width": 300, "channels": 3},
                {"type": "Conv2D", "name": "conv2d", "filters": 16, "kernel_size": 3, "activation": "relu"},
                {
                  "type": "Conv2D",
                  "name": "conv2d_1",
                  "filters": 32,
                  "kernel_size": [3, 3],
                  "activation": "relu"
                },
                {"type": "MaxPooling2D", "name": "max_pooling2d"},
                {"type": "Flatten", "name": "flatten"},
                {"type": "Dense", "name": "dense", "units": 1, "activation": "sigmoid"}
              ],
              "layout": {"conv2d": [10, 20], "gone": [0, 0]}
            }
            """;

    @Test
    void readsHandWrittenFilesWithKerasDefaults() throws Exception {
        Model model = LaminaFormat.read(HORSES, "horses.lamina");
        assertEquals("horses", model.name());
        assertEquals(new Conv2D("conv2d", 16, 3, ActivationFunction.RELU), model.layer(1));
        assertEquals(Window.square(2), ((dev.lamina.core.layer.MaxPooling2D) model.layer(3)).strides());
        assertEquals(new Layout(java.util.Map.of("conv2d", new Position(10, 20))), model.layout());
    }

    @Test
    void writeThenReadIsLossless() throws Exception {
        Model model = Model.builder().name("everything").input(32, 32, 3)
                .add(new Conv2D("conv2d", 8, new Window(5, 3), new Window(2, 1), Padding.SAME,
                        ActivationFunction.LEAKY_RELU, false))
                .batchNormalization()
                .add(new BatchNormalization("bn_custom", 0.9, 1e-5, false, true))
                .activation(ActivationFunction.ELU)
                .add(new AveragePooling2D("average_pooling2d", new Window(3, 3), new Window(1, 2), Padding.SAME))
                .maxPooling2d(2)
                .add(new Dropout("dropout", 0.25))
                .globalMaxPooling2d()
                .dense(4, ActivationFunction.TANH)
                .columnLayout(0, 0, 50)
                .build();
        model = model.withLayer(0, model.layer(0)).withLayout(model.layout().with("input_1", new Position(-5, 7)));
        String text = LaminaFormat.write(model);
        Model read = LaminaFormat.read(text, "x.lamina");
        assertEquals(model, read);
        assertEquals(text, LaminaFormat.write(read));
    }

    @Test
    void movingABlockChangesOnlyItsLayoutLine() throws Exception {
        Model model = CourseModels.mnistSingleConv();
        String before = LaminaFormat.write(model);
        String after = LaminaFormat.write(model.withLayout(model.layout().with("dense", new Position(300, 440))));
        String[] a = before.split("\n");
        String[] b = after.split("\n");
        assertEquals(a.length, b.length);
        int changed = 0;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                changed++;
                assertEquals("    \"dense\": [300, 440],", b[i]);
            }
        }
        assertEquals(1, changed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "filters": 32                  | "filters": -3                 | horses.lamina:10:18: $.layers[2].filters: expected a positive integer, got -3
            "filters": 32                  | "filters": "32"               | horses.lamina:10:18: $.layers[2].filters: expected an integer, got "32"
            "filters": 32                  | "filters": 3.5                | horses.lamina:10:18: $.layers[2].filters: expected an integer, got 3.5
            "filters": 32,                 | ''                            | horses.lamina:7:5: $.layers[2].filters: missing
            "kernel_size": [3, 3]          | "kernel_size": [3, 0]         | horses.lamina:11:22: $.layers[2].kernel_size: expected two positive integers [height, width], got [3, 0]
            "kernel_size": [3, 3]          | "kernel_size": [3, 3, 3]      | horses.lamina:11:22: $.layers[2].kernel_size: expected an integer or [height, width], got [3, 3, 3]
            "activation": "sigmoid"        | "activation": "swish"         | horses.lamina:16:66: $.layers[5].activation: expected one of relu, sigmoid, softmax, tanh, linear, leaky_relu, elu, got "swish"
            "type": "Flatten"              | "type": "Conv3D"              | horses.lamina:15:14: $.layers[4].type: unknown layer type "Conv3D"; expected one of InputLayer, Conv2D, MaxPooling2D, AveragePooling2D, GlobalAveragePooling2D, GlobalMaxPooling2D, Flatten, Dense, DropOut
            "name": "max_pooling2d"}       | "name": "max_pooling2d", "padding": "full"} | horses.lamina:14:66: $.layers[3].padding: expected "valid" or "same", got "full"
            "name": "flatten"              | "name": "flatten", "units": 3 | horses.lamina:15:53: $.layers[4].units: unknown key; expected one of type, name
            "name": "dense"                | "name": "conv2d"              | horses.lamina:16:31: $.layers[5].name: duplicate layer name "conv2d" (also at $.layers[1])
            "name": "dense"                | "name": "my dense"            | horses.lamina:16:31: $.layers[5].name: expected a name of letters, digits, '_', '.' or '-' (at most 128, not starting with '.' or '-'), got "my dense"
            "format": 1                    | "format": 2                   | horses.lamina:2:13: $.format: format 2 is newer than this Lamina reads (up to 1); update Lamina to open it
            "format": 1                    | "format": 0                   | horses.lamina:2:13: $.format: expected format version 1, got 0
            "format": 1                    | "format": "1"                 | horses.lamina:2:13: $.format: expected format version 1, got "1"
            "format": 1,                   | ''                            | horses.lamina:1:1: $.format: missing; expected "format": 1 (is this a .lamina model?)
            "layout": {"conv2d": [10, 20], | "layout": {"conv2d": [10],    | horses.lamina:18:24: $.layout.conv2d: expected [x, y], got [10]
            "name": "horses"               | "name": "horses", "extra": {} | horses.lamina:3:30: $.extra: unknown key; expected one of format, name, layers, layout
            "sigmoid"}                     | "sigmoid"},                   | horses.lamina:17:3: trailing comma before ']'
            """)
    void badFilesGiveOneLineMessagesWithLocationPathAndExpectation(String find, String replace, String message) {
        String broken = HORSES.replace(find, replace);
        assertFalse(broken.equals(HORSES), "the case must change the file");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> LaminaFormat.read(broken, "horses.lamina"));
        assertEquals(message.replace("DropOut", "Dropout, BatchNormalization, Activation"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void exceptionExposesItsParts() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> LaminaFormat.read(HORSES.replace("\"filters\": 32", "\"filters\": 0"), "h.lamina"));
        assertEquals("h.lamina", e.fileName());
        assertEquals(10, e.line());
        assertEquals(18, e.column());
        assertEquals("$.layers[2].filters", e.path());
        assertEquals("expected a positive integer, got 0", e.reason());
    }

    @Test
    void rootMustBeAnObjectAndLayersAnArray() {
        assertEquals("m.lamina:1:1: $: expected an object, got [1]",
                assertThrows(ModelLoadException.class, () -> LaminaFormat.read("[1]", "m.lamina")).getMessage());
        assertEquals("m.lamina:1:25: $.layers: expected an array, got {}",
                assertThrows(ModelLoadException.class,
                        () -> LaminaFormat.read("{\"format\": 1, \"layers\": {}}", "m.lamina")).getMessage());
    }
}
