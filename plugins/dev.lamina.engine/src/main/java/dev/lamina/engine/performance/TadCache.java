// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.cpu.nativecpu.CpuTADManager;

/**
 * Keeps the tensor-along-dimension descriptions (TADs) that ND4J's CPU backend asks for before every reduction or
 * broadcast along a dimension. libnd4j keeps them itself, but ND4J 1.0.0-M2.1's {@link CpuTADManager} has no cache of
 * its own: each call makes a native call and wraps the answer anew in two buffers and a pointer, three more
 * references for the collector. Keyed by the array's shape information (shape, strides, order, type; not its offset,
 * which a TAD does not depend on) and the sorted dimensions; at most {@value #MAX_ENTRIES} entries, after which it
 * asks ND4J each time, as before.
 */
final class TadCache extends CpuTADManager {

    static final int MAX_ENTRIES = 1000;

    private record Key(long[] shapeInfo, int[] dimensions) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(shapeInfo, key.shapeInfo)
                    && Arrays.equals(dimensions, key.dimensions);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(shapeInfo) + Arrays.hashCode(dimensions);
        }
    }

    private final Map<Key, Pair<DataBuffer, DataBuffer>> tads = new ConcurrentHashMap<>();

    @Override
    public Pair<DataBuffer, DataBuffer> getTADOnlyShapeInfo(INDArray array, int... dimension) {
        if (dimension == null) {
            return super.getTADOnlyShapeInfo(array, dimension);
        }
        Arrays.sort(dimension); // in place, as ND4J's does
        Key key = new Key(array.shapeInfoJava(), dimension);
        Pair<DataBuffer, DataBuffer> tad = tads.get(key);
        if (tad != null) {
            return tad;
        }
        tad = super.getTADOnlyShapeInfo(array, dimension);
        if (tads.size() < MAX_ENTRIES) {
            tads.putIfAbsent(new Key(key.shapeInfo().clone(), dimension.clone()), tad);
        }
        return tad;
    }

    @Override
    public void purgeBuffers() {
        tads.clear();
        super.purgeBuffers();
    }

    int size() {
        return tads.size();
    }
}
