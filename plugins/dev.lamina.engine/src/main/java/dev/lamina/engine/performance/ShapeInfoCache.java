// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.shape.options.ArrayOptionsHelper;
import org.nd4j.linalg.api.shape.options.ArrayType;
import org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider;

/**
 * Lets every new array's shape information come from ND4J's own cache. ND4J 1.0.0-M2.1's CPU backend caches it only
 * when asked without the "empty" flag, while every array constructor asks with it; so each array a training step
 * creates (about a hundred) cost a native call, two native allocations and three references that the garbage
 * collector must process before they are freed — half of all the references a run's collections met. On the
 * workbench that work competes with the UI thread for the same cores. This provider answers those requests from the
 * cache ND4J already has, keyed by shape, strides, element-wise stride, order, data type and emptiness, so the same
 * shapes step after step are created once. Nothing new is shared: libnd4j already handed every array of one shape the
 * same native shape buffer; only its Java wrapper was made anew. Installed by {@link Nd4jCaches}.
 */
final class ShapeInfoCache extends DirectShapeInfoProvider {

    @Override
    public Pair<DataBuffer, long[]> createShapeInformation(long[] shape, long[] stride, long elementWiseStride,
            char order, DataType dataType, boolean empty) {
        if (elementWiseStride < 0) {
            // the cached path would store 0 in its place; keep what was asked for
            return super.createShapeInformation(shape, stride, elementWiseStride, order, dataType, empty);
        }
        long extras = ArrayOptionsHelper.setOptionBit(0L, dataType);
        if (empty || hasZero(shape)) {
            extras = ArrayOptionsHelper.setOptionBit(extras, ArrayType.EMPTY);
        }
        return createShapeInformation(shape, stride, elementWiseStride, order, extras);
    }

    private static boolean hasZero(long[] shape) {
        for (long length : shape) {
            if (length == 0) {
                return true;
            }
        }
        return false;
    }
}
