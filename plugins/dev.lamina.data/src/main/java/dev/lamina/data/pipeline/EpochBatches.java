// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.pipeline;

import dev.lamina.data.DataException;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * The batches of one epoch, in order. Up to {@code prefetchBatches} batches are being built by the
 * workers at any time; {@link #next()} waits for the oldest. Not thread-safe: one consumer.
 */
public final class EpochBatches implements Iterator<Batch>, AutoCloseable {

    private final BatchPipeline pipeline;
    private final int epoch;
    private final int[] order;
    private final int total;
    private final ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();
    private int submitted;
    private int delivered;

    EpochBatches(BatchPipeline pipeline, int epoch, int[] order) {
        this.pipeline = pipeline;
        this.epoch = epoch;
        this.order = order;
        this.total = pipeline.batchesPerEpoch();
        fill();
    }

    /** The epoch number. */
    public int epoch() {
        return epoch;
    }

    /** Batches in this epoch. */
    public int batchCount() {
        return total;
    }

    @Override
    public boolean hasNext() {
        return delivered < total;
    }

    /**
     * The next batch, waiting for it if needed.
     *
     * @throws CancellationException if the pipeline was cancelled or this thread interrupted
     * @throws DataException         naming the file when a sample could not be loaded
     */
    @Override
    public Batch next() {
        if (!hasNext()) {
            throw new NoSuchElementException("epoch " + epoch + " has only " + total + " batches");
        }
        pipeline.checkNotCancelled();
        Future<Batch> future = inFlight.poll();
        try {
            Batch batch = future.get();
            delivered++;
            fill();
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new CancellationException("interrupted while waiting for a batch");
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DataException(null, "batch " + delivered + " of epoch " + epoch + " failed: " + cause, cause);
        } catch (CancellationException e) {
            close();
            throw e;
        }
    }

    /**
     * Gives {@code batch}'s feature array back for a later batch of this pipeline to fill: call it
     * once the values have been copied (into a tensor, say) and the array is not read again; the
     * batch's labels and indices stay valid. Optional; it saves allocating and zeroing tens of
     * megabytes per batch of large images.
     */
    public void recycle(Batch batch) {
        pipeline.recycle(batch.features());
    }

    private void fill() {
        while (submitted < total && inFlight.size() < pipeline.options().prefetchBatches()) {
            int batchIndex = submitted++;
            try {
                inFlight.add(pipeline.workers().submit(() -> pipeline.assemble(epoch, batchIndex, order)));
            } catch (RejectedExecutionException e) {
                throw new CancellationException("batch pipeline cancelled");
            }
        }
    }

    /** Abandons the rest of the epoch, cancelling batches in flight. */
    @Override
    public void close() {
        for (Future<Batch> future : inFlight) {
            future.cancel(true);
        }
        inFlight.clear();
        delivered = total;
        submitted = total;
    }
}
