// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

/**
 * How a run trains when it runs on Spark ({@code lamina train RUN.json --spark MASTER} or {@code spark-submit}); the
 * {@code "spark"} object of a run file. Local training ignores it.
 *
 * @param mode               parameter averaging or gradient sharing
 * @param workers            data partitions per epoch, one per Spark task; 0 for Spark's default parallelism
 * @param batchPerWorker     samples per batch on each worker; 0 for the run's {@code batch_size}
 * @param averagingFrequency batches each worker fits between two averagings ({@code averaging} only)
 * @param threshold          the initial update threshold of gradient sharing ({@code sharing} only)
 * @param master             the master URL the run trains on when started without {@code --spark} (the Device
 *                           page's "Spark cluster"); {@code null} when the file names none (the run trains locally)
 */
public record SparkSettings(SparkMode mode, int workers, int batchPerWorker, int averagingFrequency,
        double threshold, String master) {

    public static final int DEFAULT_AVERAGING_FREQUENCY = 5;
    public static final double DEFAULT_THRESHOLD = 1e-3;

    public SparkSettings {
        if (mode == null) {
            throw new IllegalArgumentException("spark mode must not be null");
        }
        if (workers < 0) {
            throw new IllegalArgumentException("spark workers must not be negative (0 = Spark's default), got "
                    + workers);
        }
        if (batchPerWorker < 0) {
            throw new IllegalArgumentException("spark batch per worker must not be negative (0 = batch_size), got "
                    + batchPerWorker);
        }
        if (averagingFrequency < 1) {
            throw new IllegalArgumentException("spark averaging frequency must be at least 1, got "
                    + averagingFrequency);
        }
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("spark threshold must be positive, got " + threshold);
        }
        if (master != null && SparkMaster.problem(master).isPresent()) {
            throw new IllegalArgumentException(SparkMaster.problem(master).get());
        }
    }

    /** Settings without a master of their own. */
    public SparkSettings(SparkMode mode, int workers, int batchPerWorker, int averagingFrequency, double threshold) {
        this(mode, workers, batchPerWorker, averagingFrequency, threshold, null);
    }

    /** The master the file names, if any. */
    public java.util.Optional<String> masterUrl() {
        return java.util.Optional.ofNullable(master);
    }

    /** Parameter averaging every 5 batches, Spark's default parallelism, the run's batch size. */
    public static SparkSettings defaults() {
        return new SparkSettings(SparkMode.AVERAGING, 0, 0, DEFAULT_AVERAGING_FREQUENCY, DEFAULT_THRESHOLD);
    }

    /** The batch size per worker for a run whose {@code batch_size} is {@code batchSize}. */
    public int batchPerWorkerOr(int batchSize) {
        return batchPerWorker == 0 ? batchSize : batchPerWorker;
    }

    public SparkSettings withMode(SparkMode m) {
        return new SparkSettings(m, workers, batchPerWorker, averagingFrequency, threshold, master);
    }

    public SparkSettings withWorkers(int count) {
        return new SparkSettings(mode, count, batchPerWorker, averagingFrequency, threshold, master);
    }

    public SparkSettings withMaster(String url) {
        return new SparkSettings(mode, workers, batchPerWorker, averagingFrequency, threshold, url);
    }
}
