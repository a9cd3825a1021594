// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.diagram;

import dev.lamina.core.model.Layout;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.Position;
import dev.lamina.core.shape.Analysis;
import dev.lamina.core.shape.LayerResult;
import dev.lamina.core.shape.Problem;
import dev.lamina.core.shape.Severity;
import dev.lamina.core.summary.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a model out as a {@link Diagram}: blocks of {@value #BLOCK_WIDTH}×{@value #BLOCK_HEIGHT}
 * in one column, {@value #SPACING} units apart (the spacing of {@code CourseModels}), in layer order.
 * The geometry depends only on the layer order, so {@link #positions} gives the {@code layout}
 * section a saved model carries.
 */
public final class DiagramLayout {

    public static final int LEFT = 40;
    public static final int TOP = 40;
    public static final int BLOCK_WIDTH = 260;
    public static final int BLOCK_HEIGHT = 64;
    public static final int SPACING = 100;
    /** Between two blocks, where the edge and its shape label go. */
    public static final int GAP = SPACING - BLOCK_HEIGHT;
    /** The edge out of the last block, labelled with the model's output shape. */
    public static final int OUTPUT_EDGE = 30;
    public static final int RIGHT_MARGIN = 40;
    public static final int BOTTOM_MARGIN = 30;
    /** The title's baseline. */
    public static final int TITLE_BASELINE = 24;

    /** Room for text inside a block. */
    private static final int TEXT_WIDTH = BLOCK_WIDTH - 2 * DiagramStyle.PADDING;
    /** The least gap between the name and the type on a block's first line. */
    private static final int NAME_TYPE_GAP = 10;

    private DiagramLayout() {
    }

    /** The diagram of an analysed model. */
    public static Diagram of(Analysis analysis) {
        List<LayerResult> layers = analysis.layers();
        List<Block> blocks = new ArrayList<>(layers.size());
        List<Edge> edges = new ArrayList<>(layers.size());
        List<List<Problem>> problems = problemsByLayer(analysis);
        int centerX = LEFT + BLOCK_WIDTH / 2;
        for (LayerResult result : layers) {
            int y = TOP + result.index() * SPACING;
            blocks.add(block(result, problems.get(result.index()), new Bounds(LEFT, y, BLOCK_WIDTH, BLOCK_HEIGHT)));
            int bottom = y + BLOCK_HEIGHT;
            int end = result.index() == layers.size() - 1 ? bottom + OUTPUT_EDGE : bottom + GAP;
            edges.add(new Edge(result.index(), centerX, bottom, end, LayerText.shape(result.output()),
                    result.inferred()));
        }
        int height = layers.isEmpty() ? TOP + BLOCK_HEIGHT + BOTTOM_MARGIN
                : TOP + (layers.size() - 1) * SPACING + BLOCK_HEIGHT + OUTPUT_EDGE + BOTTOM_MARGIN;
        return new Diagram(title(analysis), blocks, edges, LEFT + BLOCK_WIDTH + RIGHT_MARGIN, height);
    }

    /** The layout section matching the diagram: each layer at its block's top-left corner. */
    public static Layout positions(Model model) {
        Layout layout = Layout.EMPTY;
        for (int i = 0; i < model.size(); i++) {
            layout = layout.with(model.layer(i).name(), new Position(LEFT, TOP + i * SPACING));
        }
        return layout;
    }

    /** {@code model} with the {@link #positions} of its blocks, or {@code model} itself when they are already so. */
    public static Model placed(Model model) {
        Layout layout = positions(model);
        return layout.equals(model.layout()) ? model : model.withLayout(layout);
    }

    private static String title(Analysis analysis) {
        return analysis.model().name() + " · " + Summary.grouped(analysis.totalParams()) + " params";
    }

    /** Every problem of the model that names a layer, layer and model checks alike, by layer index. */
    private static List<List<Problem>> problemsByLayer(Analysis analysis) {
        List<List<Problem>> byLayer = new ArrayList<>(analysis.layers().size());
        for (int i = 0; i < analysis.layers().size(); i++) {
            byLayer.add(new ArrayList<>(0));
        }
        for (Problem problem : analysis.problems()) {
            if (problem.layerIndex() >= 0 && problem.layerIndex() < byLayer.size()) {
                byLayer.get(problem.layerIndex()).add(problem);
            }
        }
        return byLayer;
    }

    private static Block block(LayerResult result, List<Problem> problems, Bounds bounds) {
        Severity badge = null;
        String firstError = null;
        List<String> messages = new ArrayList<>();
        for (Problem problem : problems) {
            messages.add(problem.message());
            if (problem.severity() == Severity.ERROR && firstError == null) {
                firstError = problem.message();
            }
            if (badge != Severity.ERROR) {
                badge = problem.severity();
            }
        }
        String footer;
        if (firstError != null) {
            footer = firstError;
        } else if (!result.inferred()) {
            footer = "shape unknown";
        } else {
            footer = result.params() == 0 ? "no parameters" : Summary.grouped(result.params())
                    + (result.params() == 1 ? " parameter" : " parameters");
        }
        String name = result.layer().name();
        String type = result.layer().kind().kerasName();
        if (!fitsBeside(name, type)) {
            type = LayerText.shortType(result.layer().kind());
        }
        double nameWidth = TEXT_WIDTH - NAME_TYPE_GAP - TextWidth.of(type, DiagramStyle.TYPE_SIZE, false);
        return new Block(result.index(), name, result.layer().kind(), LayerCategory.of(result.layer().kind()), bounds,
                TextWidth.fit(name, nameWidth, DiagramStyle.NAME_SIZE, true), type,
                TextWidth.fit(LayerText.settings(result.layer()), TEXT_WIDTH, DiagramStyle.SETTINGS_SIZE, false),
                TextWidth.fit(footer, TEXT_WIDTH, DiagramStyle.FOOTER_SIZE, false), badge, messages,
                tooltip(result, problems));
    }

    private static boolean fitsBeside(String name, String type) {
        return TextWidth.of(name, DiagramStyle.NAME_SIZE, true) + NAME_TYPE_GAP
                + TextWidth.of(type, DiagramStyle.TYPE_SIZE, false) <= TEXT_WIDTH;
    }

    /** The lines hovering a block shows, in English (the SVG's tooltips). */
    public static String tooltip(LayerResult result, List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        out.append(result.layer().label()).append('\n');
        out.append("Output shape: ").append(result.inferred() ? result.output().toString() : "?").append('\n');
        out.append("Parameters: ").append(Summary.grouped(result.params()));
        if (result.nonTrainableParams() > 0) {
            out.append(" (").append(Summary.grouped(result.nonTrainableParams())).append(" non-trainable)");
        }
        out.append('\n');
        out.append("MACs per sample: ").append(Summary.grouped(result.macs())).append('\n');
        out.append("Memory per sample: ").append(Summary.memory(result.activationBytes())).append(" activations, ")
                .append(Summary.memory(result.parameterBytes())).append(" parameters");
        for (Problem problem : problems) {
            out.append('\n').append(problem.severity() == Severity.ERROR ? "Error: " : "Warning: ")
                    .append(problem.message());
        }
        return out.toString();
    }
}
