// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import java.util.Optional;

/**
 * A training run's settings: the contents of a run file ({@code docs/run-config.md}), read and
 * written by {@link RunFile}. Paths are {@link FilePath}s: use {@code resolved()}.
 *
 * @param model           the model file ({@code .lamina})
 * @param train           the training samples
 * @param validation      validation samples, a split of the training samples, or none
 * @param preprocessing   resizing, colour, rescale and augmentation
 * @param batchSize       samples per batch
 * @param epochs          epochs to train at most
 * @param shuffle         visit training samples in a new random order each epoch
 * @param seed            seed for initial weights, order and augmentation
 * @param optimizer       optimizer and learning rate
 * @param loss            loss function
 * @param stop            the course's "stop when accuracy is above ..." callback, if any
 * @param earlyStopping   early stopping on a metric, if any
 * @param checkpointEvery save a checkpoint every this many epochs; 0 only at the end
 * @param backend         where to compute
 * @param threads         CPU threads; 0 for one per core
 * @param device          which GPU (0 = the first) when the run computes on CUDA
 * @param spark           how the run trains on Spark, if the file says ({@link SparkSettings#defaults()} otherwise)
 * @param keepEpochs      which epochs' trained states the run folder keeps
 */
public record RunConfig(FilePath model, DataSource train, Validation validation, Preprocessing preprocessing,
        int batchSize, int epochs, boolean shuffle, long seed, Optimizer optimizer, Loss loss,
        Optional<StopCondition> stop, Optional<EarlyStopping> earlyStopping, int checkpointEvery, Backend backend,
        int threads, int device, Optional<SparkSettings> spark, KeptEpochs keepEpochs) {

    /** Keras' default batch size. */
    public static final int DEFAULT_BATCH_SIZE = 32;

    public RunConfig {
        if (model == null || train == null || validation == null || preprocessing == null || optimizer == null
                || loss == null || stop == null || earlyStopping == null || backend == null || spark == null
                || keepEpochs == null) {
            throw new IllegalArgumentException("run settings must not be null (use Optional.empty(), Validation.None)");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (checkpointEvery < 0) {
            throw new IllegalArgumentException("checkpoint interval must not be negative, got " + checkpointEvery);
        }
        if (device < 0) {
            throw new IllegalArgumentException("device must not be negative (0 = the first GPU), got " + device);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must not be negative (0 = one per core), got " + threads);
        }
        if (!validation.isPresent()) {
            stop.filter(s -> s.metric().isValidation()).ifPresent(s -> {
                throw new IllegalArgumentException("stop metric " + s.metric().jsonName() + " needs validation data");
            });
            earlyStopping.filter(e -> e.monitor().isValidation()).ifPresent(e -> {
                throw new IllegalArgumentException("early stopping on " + e.monitor().jsonName()
                        + " needs validation data");
            });
        }
    }

    /** A run on device 0 without a {@code "spark"} section, as format 1 run files (which have neither) are. */
    public RunConfig(FilePath model, DataSource train, Validation validation, Preprocessing preprocessing,
            int batchSize, int epochs, boolean shuffle, long seed, Optimizer optimizer, Loss loss,
            Optional<StopCondition> stop, Optional<EarlyStopping> earlyStopping, int checkpointEvery, Backend backend,
            int threads) {
        this(model, train, validation, preprocessing, batchSize, epochs, shuffle, seed, optimizer, loss, stop,
                earlyStopping, checkpointEvery, backend, threads, 0, Optional.empty(), KeptEpochs.AUTO);
    }

    /** A run on {@code device} without a {@code "spark"} section. */
    public RunConfig(FilePath model, DataSource train, Validation validation, Preprocessing preprocessing,
            int batchSize, int epochs, boolean shuffle, long seed, Optimizer optimizer, Loss loss,
            Optional<StopCondition> stop, Optional<EarlyStopping> earlyStopping, int checkpointEvery, Backend backend,
            int threads, int device) {
        this(model, train, validation, preprocessing, batchSize, epochs, shuffle, seed, optimizer, loss, stop,
                earlyStopping, checkpointEvery, backend, threads, device, Optional.empty(), KeptEpochs.AUTO);
    }

    /** A run on device 0 with these Spark settings ({@code Optional.empty()}: none in the file). */
    public RunConfig(FilePath model, DataSource train, Validation validation, Preprocessing preprocessing,
            int batchSize, int epochs, boolean shuffle, long seed, Optimizer optimizer, Loss loss,
            Optional<StopCondition> stop, Optional<EarlyStopping> earlyStopping, int checkpointEvery, Backend backend,
            int threads, Optional<SparkSettings> spark) {
        this(model, train, validation, preprocessing, batchSize, epochs, shuffle, seed, optimizer, loss, stop,
                earlyStopping, checkpointEvery, backend, threads, 0, spark, KeptEpochs.AUTO);
    }

    /** The Spark settings of the file, or the defaults. */
    public SparkSettings sparkOrDefaults() {
        return spark.orElseGet(SparkSettings::defaults);
    }

    public RunConfig withSpark(SparkSettings settings) {
        return new RunConfig(model, train, validation, preprocessing, batchSize, epochs, shuffle, seed, optimizer, loss,
                stop, earlyStopping, checkpointEvery, backend, threads, device, Optional.ofNullable(settings), keepEpochs);
    }

    /**
     * A run of {@code epochs} epochs with everything else at its default: no validation, default
     * preprocessing, batches of 32, shuffled with seed 0, Adam at 0.001, no stop condition, no early
     * stopping, a checkpoint every epoch, automatic backend and threads.
     */
    public static RunConfig defaults(FilePath model, DataSource train, Loss loss, int epochs) {
        return new RunConfig(model, train, new Validation.None(), Preprocessing.defaults(), DEFAULT_BATCH_SIZE, epochs,
                true, 0, Optimizer.of(OptimizerKind.ADAM), loss, Optional.empty(), Optional.empty(), 1, Backend.AUTO,
                0);
    }

    public RunConfig withValidation(Validation v) {
        return new RunConfig(model, train, v, preprocessing, batchSize, epochs, shuffle, seed, optimizer, loss, stop,
                earlyStopping, checkpointEvery, backend, threads, device, spark, keepEpochs);
    }

    public RunConfig withPreprocessing(Preprocessing p) {
        return new RunConfig(model, train, validation, p, batchSize, epochs, shuffle, seed, optimizer, loss, stop,
                earlyStopping, checkpointEvery, backend, threads, device, spark, keepEpochs);
    }

    public RunConfig withBatchSize(int size) {
        return new RunConfig(model, train, validation, preprocessing, size, epochs, shuffle, seed, optimizer, loss,
                stop, earlyStopping, checkpointEvery, backend, threads, device, spark, keepEpochs);
    }

    public RunConfig withEpochs(int count) {
        return new RunConfig(model, train, validation, preprocessing, batchSize, count, shuffle, seed, optimizer, loss,
                stop, earlyStopping, checkpointEvery, backend, threads, device, spark, keepEpochs);
    }

    public RunConfig withSeed(long value) {
        return new RunConfig(model, train, validation, preprocessing, batchSize, epochs, shuffle, value, optimizer,
                loss, stop, earlyStopping, checkpointEvery, backend, threads, device, spark, keepEpochs);
    }

    public RunConfig withOptimizer(Optimizer o) {
        return new RunConfig(model, train, validation, preprocessing, batchSize, epochs, shuffle, seed, o, loss, stop,
                earlyStopping, checkpointEvery, backend, threads, device, spark, keepEpochs);
    }

    public RunConfig withStop(StopCondition condition) {
        return new RunConfig(model, train, validation, preprocessing, batchSize, epochs, shuffle, seed, optimizer, loss,
                Optional.ofNullable(condition), earlyStopping, checkpointEvery, backend, threads, device, spark, keepEpochs);
    }

    public RunConfig withEarlyStopping(EarlyStopping e) {
        return new RunConfig(model, train, validation, preprocessing, batchSize, epochs, shuffle, seed, optimizer, loss,
                stop, Optional.ofNullable(e), checkpointEvery, backend, threads, device, spark, keepEpochs);
    }

    public RunConfig withBackend(Backend b, int threadCount) {
        return new RunConfig(model, train, validation, preprocessing, batchSize, epochs, shuffle, seed, optimizer, loss,
                stop, earlyStopping, checkpointEvery, b, threadCount, device, spark, keepEpochs);
    }

    public RunConfig withCheckpointEvery(int epochsBetween) {
        return new RunConfig(model, train, validation, preprocessing, batchSize, epochs, shuffle, seed, optimizer, loss,
                stop, earlyStopping, epochsBetween, backend, threads, device, spark, keepEpochs);
    }

    public RunConfig withDevice(int index) {
        return new RunConfig(model, train, validation, preprocessing, batchSize, epochs, shuffle, seed, optimizer, loss,
                stop, earlyStopping, checkpointEvery, backend, threads, index, spark, keepEpochs);
    }

    /** This run on {@code b}, keeping its threads and device. */
    public RunConfig withBackend(Backend b) {
        return new RunConfig(model, train, validation, preprocessing, batchSize, epochs, shuffle, seed, optimizer, loss,
                stop, earlyStopping, checkpointEvery, b, threads, device, spark, keepEpochs);
    }

    public RunConfig withKeepEpochs(KeptEpochs keep) {
        return new RunConfig(model, train, validation, preprocessing, batchSize, epochs, shuffle, seed, optimizer, loss,
                stop, earlyStopping, checkpointEvery, backend, threads, device, spark, keep);
    }
}
