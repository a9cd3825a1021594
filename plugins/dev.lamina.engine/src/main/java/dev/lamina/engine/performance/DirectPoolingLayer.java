// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's pooling layer whose max-pooling forward pass runs libnd4j's own kernel ({@link DirectPoolingHelper}): in
 * 1.0.0-M2.1 {@link SubsamplingLayer#activate(boolean, LayerWorkspaceMgr)} never asks its helper, so the forward
 * pass needs this subclass, put in the network in place of the layer DL4J built ({@link OneDnnHelpers}). Pooling
 * layers hold no parameters or state beyond their configuration, so the swap loses nothing.
 */
final class DirectPoolingLayer extends SubsamplingLayer {

    private static final long serialVersionUID = 1L;

    private final DirectPoolingHelper direct;

    DirectPoolingLayer(NeuralNetConfiguration conf, DataType dataType, DirectPoolingHelper direct) {
        super(conf, dataType);
        this.direct = direct;
        this.helper = direct;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        var conf = layerConf();
        if (input == null || input.rank() != 4 || conf.getPoolingType() != PoolingType.MAX) {
            return super.activate(training, workspaceMgr); // DL4J's own path and its messages
        }
        CNN2DFormat format = conf.getCnn2dDataFormat();
        INDArray output = direct.activate(input.castTo(dataType), training, conf.getKernelSize(), conf.getStride(),
                conf.getPadding(), PoolingType.MAX, convolutionMode == null ? ConvolutionMode.Truncate : convolutionMode,
                conf.getDilation(), format, workspaceMgr);
        return output != null ? output : super.activate(training, workspaceMgr);
    }
}
