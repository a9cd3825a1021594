// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor;

import org.eclipse.osgi.util.NLS;

import dev.lamina.core.shape.Analysis;
import dev.lamina.core.shape.LayerResult;
import dev.lamina.core.shape.Problem;
import dev.lamina.core.shape.Severity;
import dev.lamina.core.summary.Summary;
import dev.lamina.ui.internal.Messages;

/** What hovering a block shows: output shape, parameters, MACs, memory and the layer's problems. */
final class LayerToolTip {

    private LayerToolTip() {
    }

    static String of(Analysis analysis, int index) {
        LayerResult result = analysis.layer(index);
        StringBuilder out = new StringBuilder(result.layer().label());
        out.append('\n').append(NLS.bind(Messages.ToolTip_shape, result.inferred() ? result.output() : "?"));
        String params = Summary.grouped(result.params());
        out.append('\n').append(result.nonTrainableParams() == 0 ? NLS.bind(Messages.ToolTip_parameters, params)
                : NLS.bind(Messages.ToolTip_parametersNonTrainable, params,
                        Summary.grouped(result.nonTrainableParams())));
        out.append('\n').append(NLS.bind(Messages.ToolTip_macs, Summary.grouped(result.macs())));
        out.append('\n').append(NLS.bind(Messages.ToolTip_memory, Summary.memory(result.activationBytes()),
                Summary.memory(result.parameterBytes())));
        for (Problem problem : analysis.problems()) {
            if (problem.layerIndex() == index) {
                out.append('\n').append(NLS.bind(problem.severity() == Severity.ERROR ? Messages.ToolTip_error
                        : Messages.ToolTip_warning, problem.message()));
            }
        }
        return out.toString();
    }
}
