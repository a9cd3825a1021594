// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.core.examples.CourseModels;
import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.layer.ActivationFunction;
import dev.lamina.core.layer.AveragePooling2D;
import dev.lamina.core.layer.BatchNormalization;
import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.layer.Padding;
import dev.lamina.core.layer.Window;
import dev.lamina.core.model.Layout;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelLoadException;
import dev.lamina.core.shape.ShapeInference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KerasJsonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "mnist-tf2.json, mnist, conv2d_input, 347690",
        "mnist-keras3.json, mnist, input_layer, 347690",
        "horses-or-humans-tf2.json, horses, conv2d_input, 1704097",
        "horses-or-humans-keras3.json, horses, input_layer, 1704097",
        "happy-or-sad-tf2.json, happy, input_1, 40198145",
        "happy-or-sad-keras3.json, happy, input_layer, 40198145"})
    void importsTheCourseModels(String fixture, String course, String inputName, long params) throws Exception {
        KerasImport imported = KerasJson.read(fixture(fixture), fixture);
        Model expected = course(course).get();
        expected = expected.withLayer(0, expected.layer(0).withName(inputName)).withLayout(Layout.EMPTY);
        assertEquals(expected, imported.model());
        assertEquals(List.of(), imported.notes());
        assertEquals(params, ShapeInference.analyze(imported.model()).totalParams());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mnist-tf2.json", "mnist-keras3.json", "horses-or-humans-tf2.json", "horses-or-humans-keras3.json",
        "happy-or-sad-tf2.json", "happy-or-sad-keras3.json"})
    void importExportImportIsLossless(String fixture) throws Exception {
        Model first = KerasJson.read(fixture(fixture), fixture).model();
        String exported = KerasJson.write(first);
        KerasImport again = KerasJson.read(exported, "exported.json");
        assertEquals(first, again.model());
        assertEquals(List.of(), again.notes());
        assertEquals(exported, KerasJson.write(again.model()));
    }

    @Test
    void everyLayerTypeAndParameterSurvivesTheRoundTrip() throws Exception {
        Model model = Model.builder().name("all_layers").input(32, 32, 3)
                .add(new Conv2D("conv2d", 8, new Window(5, 3), new Window(2, 1), Padding.SAME,
                        ActivationFunction.LEAKY_RELU, false))
                .add(new BatchNormalization("batch_normalization", 0.9, 1e-5, false, true))
                .activation(ActivationFunction.ELU)
                .add(new AveragePooling2D("average_pooling2d", Window.square(3), new Window(1, 2), Padding.SAME))
                .maxPooling2d(2)
                .dropout(0.25)
                .globalMaxPooling2d()
                .dense(4, ActivationFunction.TANH)
                .build();
        assertEquals(model, KerasJson.read(KerasJson.write(model), null).model());
        Model gap = Model.builder().input(8, 8, 1).globalAveragePooling2d().flatten().dense(1, ActivationFunction.SIGMOID)
                .build();
        assertEquals(gap, KerasJson.read(KerasJson.write(gap), null).model());
    }

    @Test
    void exportsFullTfKeras2Configs() {
        JsonObject root = KerasJson.toJson(CourseModels.mnistSingleConv());
        assertEquals("Sequential", root.getString("class_name"));
        assertEquals("2.15.0", root.getString("keras_version"));
        assertEquals("tensorflow", root.getString("backend"));
        var layers = root.getObject("config").getArray("layers");
        assertEquals("{\"batch_input_shape\": [null, 28, 28, 1], \"dtype\": \"float32\", \"sparse\": false,"
                + " \"ragged\": false, \"name\": \"input_1\"}", layers.get(0).asObject().getObject("config").toString());
        assertEquals("{\"name\": \"conv2d\", \"trainable\": true, \"dtype\": \"float32\", \"filters\": 16,"
                + " \"kernel_size\": [3, 3], \"strides\": [1, 1], \"padding\": \"valid\","
                + " \"data_format\": \"channels_last\", \"dilation_rate\": [1, 1], \"groups\": 1,"
                + " \"activation\": \"relu\", \"use_bias\": true,"
                + " \"kernel_initializer\": {\"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}},"
                + " \"bias_initializer\": {\"class_name\": \"Zeros\", \"config\": {}},"
                + " \"kernel_regularizer\": null, \"bias_regularizer\": null, \"activity_regularizer\": null,"
                + " \"kernel_constraint\": null, \"bias_constraint\": null}",
                layers.get(1).asObject().getObject("config").toString());
        assertEquals("{\"name\": \"max_pooling2d\", \"trainable\": true, \"dtype\": \"float32\","
                + " \"pool_size\": [2, 2], \"padding\": \"valid\", \"strides\": [2, 2],"
                + " \"data_format\": \"channels_last\"}", layers.get(2).asObject().getObject("config").toString());
        // The compact form is what model.to_json() prints; it parses back to the same tree.
        assertEquals(root, Json.parse(KerasJson.write(CourseModels.mnistSingleConv())));
    }

    @Test
    void unsupportedLayersAreNamed() throws Exception {
        String json = fixture("mnist-tf2.json").replace("\"class_name\": \"Flatten\"", "\"class_name\": \"LSTM\"");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> KerasJson.read(json, "mnist.json"));
        assertTrue(e.getMessage().startsWith("mnist.json:1:1032: $.config.layers[3]: unsupported Keras layer LSTM"
                + " \"flatten\"; Lamina supports InputLayer, Conv2D, "), e.getMessage());
    }

    @Test
    void functionalModelsAreRejected() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> KerasJson.read(
                "{\"class_name\": \"Functional\", \"config\": {}}", "f.json"));
        assertEquals("f.json:1:16: $.class_name: only Sequential models can be imported, got \"Functional\"",
                e.getMessage());
    }

    @Test
    void settingsLaminaCannotExpressAreErrors() throws Exception {
        String base = fixture("mnist-tf2.json");
        assertEquals("dilated convolutions are not supported, got [2, 2]", reason(base.replace(
                "\"dilation_rate\": [1, 1]", "\"dilation_rate\": [2, 2]")));
        assertEquals("Lamina supports channels_last only, got \"channels_first\"", reason(base.replaceFirst(
                "\"data_format\": \"channels_last\"", "\"data_format\": \"channels_first\"")));
        assertEquals("expected [null, height, width, channels] (Lamina models take images), got [null, 784]",
                reason(base.replace("[null, 28, 28, 1]", "[null, 784]")));
        assertEquals("expected a positive integer, got 0", reason(base.replace("\"filters\": 16", "\"filters\": 0")));
        assertEquals("expected one of relu, sigmoid, softmax, tanh, linear, leaky_relu, elu, got \"gelu\"",
                reason(base.replace("\"activation\": \"relu\"", "\"activation\": \"gelu\"")));
    }

    @Test
    void trainingOnlySettingsBecomeNotes() throws Exception {
        String json = fixture("mnist-tf2.json")
                .replaceFirst("\"class_name\": \"GlorotUniform\"", "\"class_name\": \"HeNormal\"")
                .replaceFirst("\"kernel_regularizer\": null",
                        "\"kernel_regularizer\": {\"class_name\": \"L2\", \"config\": {\"l2\": 0.01}}");
        assertEquals(List.of("conv2d: kernel_initializer HeNormal is not kept; Lamina uses GlorotUniform",
                "conv2d: kernel_regularizer L2 is not kept"), KerasJson.read(json, null).notes());
    }

    @Test
    void badKerasJsonIsALoadError() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> KerasJson.read("{\"class_name\": ", "k.json"));
        assertEquals("k.json:1:16: unexpected end of input; expected a JSON value", e.getMessage());
    }

    private static String reason(String json) {
        return assertThrows(ModelLoadException.class, () -> KerasJson.read(json, "m.json")).reason()
                .replaceFirst("^conv2d: ", "");
    }

    private static Supplier<Model> course(String name) {
        return switch (name) {
            case "mnist" -> CourseModels::mnistSingleConv;
            case "horses" -> CourseModels::horsesOrHumans;
            default -> CourseModels::happyOrSad;
        };
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = KerasJsonTest.class.getResourceAsStream("/keras/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
