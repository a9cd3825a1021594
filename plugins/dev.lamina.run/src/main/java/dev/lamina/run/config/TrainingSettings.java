// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import dev.lamina.data.augment.AugmentOptions;

/**
 * How to train, once the model and data are known.
 *
 * @param epochs          epochs to run in total (a resumed run counts the ones already done)
 * @param batchSize       samples per step
 * @param seed            seeds the weights, the data order, augmentation and dropout
 * @param shuffle         visit the training samples in a new order each epoch (Keras's default)
 * @param optimizer       the optimizer and its learning rate
 * @param loss            the loss, or {@code null} for the one the output layer implies
 * @param rescale         factor for 0..255 pixel values, e.g. 1/255
 * @param augmentation    random augmentation of training images, or {@code null}
 * @param stop            the course's stop-at-target callback, or {@code null}
 * @param earlyStopping   early stopping on a metric, or {@code null}
 * @param checkpointEvery save a checkpoint every this many epochs (the last epoch is always saved)
 * @param dataThreads     threads decoding images
 */
public record TrainingSettings(int epochs, int batchSize, long seed, boolean shuffle, Optimizer optimizer, Loss loss,
        float rescale, AugmentOptions augmentation, StopCondition stop, EarlyStopping earlyStopping,
        int checkpointEvery, int dataThreads) {

    public TrainingSettings {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("checkpoint interval must be at least 1 epoch, got " + checkpointEvery);
        }
        if (dataThreads < 1) {
            throw new IllegalArgumentException("data threads must be at least 1, got " + dataThreads);
        }
    }

    /** Keras's {@code fit} defaults: batch 32, Adam(0.001), the output's loss, no rescale, seed 0. */
    public static TrainingSettings defaults(int epochs) {
        return new TrainingSettings(epochs, 32, 0, true, Optimizer.of(OptimizerKind.ADAM), null, 1f, null, null, null, 1,
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    public TrainingSettings withBatchSize(int size) {
        return new TrainingSettings(epochs, size, seed, shuffle, optimizer, loss, rescale, augmentation, stop, earlyStopping,
                checkpointEvery, dataThreads);
    }

    public TrainingSettings withOptimizer(Optimizer newOptimizer) {
        return new TrainingSettings(epochs, batchSize, seed, shuffle, newOptimizer, loss, rescale, augmentation, stop,
                earlyStopping, checkpointEvery, dataThreads);
    }

    public TrainingSettings withRescale(float factor) {
        return new TrainingSettings(epochs, batchSize, seed, shuffle, optimizer, loss, factor, augmentation, stop,
                earlyStopping, checkpointEvery, dataThreads);
    }

    public TrainingSettings withStop(StopCondition condition) {
        return new TrainingSettings(epochs, batchSize, seed, shuffle, optimizer, loss, rescale, augmentation, condition,
                earlyStopping, checkpointEvery, dataThreads);
    }

    public TrainingSettings withSeed(long newSeed) {
        return new TrainingSettings(epochs, batchSize, newSeed, shuffle, optimizer, loss, rescale, augmentation, stop,
                earlyStopping, checkpointEvery, dataThreads);
    }

    public TrainingSettings withEpochs(int count) {
        return new TrainingSettings(count, batchSize, seed, shuffle, optimizer, loss, rescale, augmentation, stop,
                earlyStopping, checkpointEvery, dataThreads);
    }

    public TrainingSettings withLoss(Loss newLoss) {
        return new TrainingSettings(epochs, batchSize, seed, shuffle, optimizer, newLoss, rescale, augmentation, stop,
                earlyStopping, checkpointEvery, dataThreads);
    }

    public TrainingSettings withEarlyStopping(EarlyStopping stopping) {
        return new TrainingSettings(epochs, batchSize, seed, shuffle, optimizer, loss, rescale, augmentation, stop, stopping,
                checkpointEvery, dataThreads);
    }

    public TrainingSettings withAugmentation(AugmentOptions options) {
        return new TrainingSettings(epochs, batchSize, seed, shuffle, optimizer, loss, rescale, options, stop, earlyStopping,
                checkpointEvery, dataThreads);
    }
}
