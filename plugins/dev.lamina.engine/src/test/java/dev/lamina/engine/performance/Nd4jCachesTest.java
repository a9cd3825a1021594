// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.performance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.cpu.nativecpu.CpuTADManager;
import org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The cached shape information and TADs are the ones ND4J computes, the same shapes share them, arrays compute as before. */
class Nd4jCachesTest {

    private record Request(long[] shape, long[] stride, long ews, char order, DataType type, boolean empty) {
    }

    @Test
    void everyShapeInformationIsTheOneNd4jComputesWithoutTheCache() {
        Nd4j.create(1); // ND4J initialised
        DirectShapeInfoProvider plain = new DirectShapeInfoProvider();
        ShapeInfoCache cached = new ShapeInfoCache();
        List<Request> requests = List.of(
                new Request(new long[] {32, 26, 26, 64}, new long[] {43264, 1664, 64, 1}, 1, 'c', DataType.FLOAT, false),
                new Request(new long[] {32, 64, 26, 26}, new long[] {43264, 1, 1664, 64}, 0, 'c', DataType.FLOAT, false),
                new Request(new long[] {32, 10}, new long[] {1, 32}, 1, 'f', DataType.FLOAT, false),
                new Request(new long[] {32, 1}, new long[] {1, 1}, 1, 'c', DataType.INT64, false),
                new Request(new long[] {7}, new long[] {1}, 1, 'c', DataType.DOUBLE, false),
                new Request(new long[] {}, new long[] {}, 1, 'c', DataType.FLOAT, false),
                new Request(new long[] {0, 10}, new long[] {10, 1}, 1, 'c', DataType.FLOAT, false),
                new Request(new long[] {}, new long[] {}, 1, 'c', DataType.FLOAT, true),
                new Request(new long[] {5, 3}, new long[] {6, 2}, -1, 'c', DataType.BOOL, false));
        for (Request r : requests) {
            long[] expected = plain.createShapeInformation(r.shape, r.stride, r.ews, r.order, r.type, r.empty)
                    .getSecond();
            long[] first = cached.createShapeInformation(r.shape, r.stride, r.ews, r.order, r.type, r.empty)
                    .getSecond();
            long[] again = cached.createShapeInformation(r.shape.clone(), r.stride.clone(), r.ews, r.order, r.type,
                    r.empty).getSecond();
            assertArrayEquals(expected, first, () -> "shape information of " + r);
            assertArrayEquals(expected, again, () -> "cached shape information of " + r);
            if (r.ews >= 0) {
                assertSame(first, again, () -> "asked twice, " + r + " is created once");
            }
        }
        long[] shape = {32, 26, 26, 64};
        long[] stride = {43264, 1664, 64, 1};
        assertEquals(
                plain.createShapeInformation(shape, stride, 1, 'c', DataType.FLOAT, false).getFirst().address(),
                plain.createShapeInformation(shape, stride, 1, 'c', DataType.FLOAT, false).getFirst().address(),
                "without the cache too, libnd4j hands out one native buffer per shape: only its Java wrapper was new");
        long[] floats = cached.createShapeInformation(new long[] {4}, new long[] {1}, 1, 'c', DataType.FLOAT, false)
                .getSecond();
        long[] ints = cached.createShapeInformation(new long[] {4}, new long[] {1}, 1, 'c', DataType.INT32, false)
                .getSecond();
        assertNotSame(floats, ints, "the data type is part of the key");
    }

    @Test
    void everyTadIsTheOneNd4jComputesWithoutTheCache() {
        CpuTADManager plain = new CpuTADManager();
        TadCache cached = new TadCache();
        INDArray batch = Nd4j.rand(DataType.FLOAT, 32, 13, 13, 64);
        INDArray permuted = batch.permute(0, 3, 1, 2);
        INDArray view = batch.get(NDArrayIndex.interval(4, 20), NDArrayIndex.all(), NDArrayIndex.point(3),
                NDArrayIndex.all());
        for (INDArray array : List.of(batch, permuted, view)) {
            for (int[] dimensions : List.of(new int[] {0}, new int[] {3, 1, 2}, new int[] {1, 2}, new int[] {-1})) {
                if (dimensions.length >= array.rank()) {
                    continue;
                }
                Pair<DataBuffer, DataBuffer> expected = plain.getTADOnlyShapeInfo(array, dimensions.clone());
                assertEquals(expected.getSecond().address(),
                        plain.getTADOnlyShapeInfo(array, dimensions.clone()).getSecond().address(),
                        "libnd4j keeps the TAD itself: only its Java wrappers were new");
                int[] asked = dimensions.clone();
                Pair<DataBuffer, DataBuffer> first = cached.getTADOnlyShapeInfo(array, asked);
                Pair<DataBuffer, DataBuffer> again = cached.getTADOnlyShapeInfo(array.dup(array.ordering()).reshape(
                        array.ordering(), array.shape()), dimensions.clone());
                String what = Arrays.toString(array.shapeInfoJava()) + " along " + Arrays.toString(dimensions);
                assertArrayEquals(expected.getFirst().asLong(), first.getFirst().asLong(), "TAD shape of " + what);
                assertArrayEquals(expected.getSecond().asLong(), first.getSecond().asLong(), "TAD offsets of " + what);
                int[] sorted = dimensions.clone();
                Arrays.sort(sorted);
                assertArrayEquals(sorted, asked, "the dimensions sorted in place, as ND4J's manager does");
                if (array == batch) {
                    assertSame(first, again, "another array of the same shape: " + what);
                }
            }
        }
        INDArray sums = batch.sum(0, 1, 2);
        assertArrayEquals(new long[] {64}, sums.shape());
    }

    @Test
    void onceInstalledNewArraysOfOneShapeShareTheirShapeInformationAndComputeAsBefore() {
        assertEquals(2, Nd4jCaches.install(), "ND4J's CPU provider and TAD manager replaced");
        assertEquals(2, Nd4jCaches.install(), "a second call finds them in place");
        assertEquals(ShapeInfoCache.class, Nd4j.getShapeInfoProvider().getClass());
        assertEquals(TadCache.class, Nd4j.getExecutioner().getTADManager().getClass());

        INDArray a = Nd4j.rand(DataType.FLOAT, 32, 10);
        INDArray b = Nd4j.rand(DataType.FLOAT, 32, 10);
        assertSame(a.shapeInfoDataBuffer(), b.shapeInfoDataBuffer(), "one shape, one shape information");

        INDArray product = a.mmul(b.transpose());
        assertArrayEquals(new long[] {32, 32}, product.shape());
        double[] row = product.getRow(3).toDoubleVector();
        double[] expected = new double[32];
        for (int j = 0; j < 32; j++) {
            for (int k = 0; k < 10; k++) {
                expected[j] += a.getDouble(3, k) * b.getDouble(j, k);
            }
        }
        assertArrayEquals(expected, row, 1e-5);

        INDArray view = a.get(NDArrayIndex.interval(2, 6), NDArrayIndex.interval(1, 4));
        assertArrayEquals(new long[] {4, 3}, view.shape());
        assertEquals(a.getDouble(5, 3), view.getDouble(3, 2));
        assertEquals(a.getDouble(5, 3), view.dup().getDouble(3, 2), "a copy of a view");
        INDArray empty = Nd4j.create(DataType.FLOAT, 0, 10);
        assertTrue(empty.isEmpty());
        assertEquals(0, empty.length());

        TadCache tads = (TadCache) Nd4j.getExecutioner().getTADManager();
        int before = tads.size();
        INDArray columns = a.sum(0);
        INDArray rows = b.max(1);
        for (int j = 0; j < 10; j++) {
            double sum = 0;
            for (int i = 0; i < 32; i++) {
                sum += a.getDouble(i, j);
            }
            assertEquals(sum, columns.getDouble(j), 1e-4, "column sum " + j);
        }
        for (int i = 0; i < 32; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < 10; j++) {
                max = Math.max(max, b.getDouble(i, j));
            }
            assertEquals(max, rows.getDouble(i), "row maximum " + i);
        }
        INDArray more = Nd4j.rand(DataType.FLOAT, 32, 10);
        more.sum(0);
        more.max(1);
        assertTrue(tads.size() <= before + 2, "the second array of a shape adds no TAD: " + before + " -> "
                + tads.size());
    }
}
