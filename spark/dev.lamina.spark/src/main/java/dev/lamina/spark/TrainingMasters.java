// SPDX-License-Identifier: EPL-2.0
package dev.lamina.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.deeplearning4j.optimize.solvers.accumulation.encoding.threshold.AdaptiveThresholdAlgorithm;
import org.deeplearning4j.spark.api.RDDTrainingApproach;
import org.deeplearning4j.spark.api.Repartition;
import org.deeplearning4j.spark.api.TrainingMaster;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;
import org.deeplearning4j.spark.impl.repartitioner.DefaultRepartitioner;
import org.deeplearning4j.spark.impl.repartitioner.NoOpRepartitioner;
import org.deeplearning4j.spark.parameterserver.training.SharedTrainingMaster;
import org.nd4j.parameterserver.distributed.conf.VoidConfiguration;
import org.nd4j.parameterserver.distributed.v2.ModelParameterServer;

import dev.lamina.run.config.SparkMode;
import dev.lamina.run.config.SparkSettings;

/** DL4J's training master for a run's {@code "spark"} settings: parameter averaging or gradient sharing. */
public final class TrainingMasters {

    /**
     * DL4J 1.0.0-M2's gradient sharing starts Aeron with a publication unblock timeout below its client liveness
     * timeout, which Aeron refuses ({@code ConfigurationException: publicationUnblockTimeoutNs=15000000000 <=
     * clientLivenessTimeoutNs=30000000000}); 60 s fixes it. Executors in other JVMs need it as a -D option too.
     */
    public static final String AERON_UNBLOCK_PROPERTY = "aeron.publication.unblock.timeout";
    public static final String AERON_UNBLOCK_NANOS = "60000000000";

    /*
     * RDDTrainingApproach.Direct: the batches are already Lamina's preprocessed DataSets, one per worker step, so the
     * default Export (write them to a temporary Hadoop file system, then stream them back) only costs time, and on
     * Java 23+ Hadoop 3.3's FileSystem cannot even ask for the current user (Subject.getSubject is unsupported).
     */
    private TrainingMasters() {
    }

    /**
     * The master for {@code settings}, its data sets holding {@code batchPerWorker} samples each in {@code partitions}
     * partitions (gradient sharing keeps a single partition as it is instead of spreading it to its own worker
     * count). {@code loopback}
     * keeps gradient sharing's traffic on 127.0.0.1 (local masters); {@code driverHost} is the controller's address
     * otherwise.
     */
    public static TrainingMaster<?, ?> create(SparkSettings settings, int partitions, int batchPerWorker, long seed,
            boolean loopback, String driverHost) {
        if (settings.mode() == SparkMode.AVERAGING) {
            return new ParameterAveragingTrainingMaster.Builder(batchPerWorker)
                    .batchSizePerWorker(batchPerWorker)
                    .averagingFrequency(settings.averagingFrequency())
                    .workerPrefetchNumBatches(0)
                    .saveUpdater(true)
                    .rddTrainingApproach(RDDTrainingApproach.Direct)
                    .rngSeed(seed)
                    .build();
        }
        if (System.getProperty(AERON_UNBLOCK_PROPERTY) == null) {
            System.setProperty(AERON_UNBLOCK_PROPERTY, AERON_UNBLOCK_NANOS);
        }
        VoidConfiguration.VoidConfigurationBuilder voidConfiguration = VoidConfiguration.builder()
                .unicastPort(freePort());
        if (loopback) {
            voidConfiguration.controllerAddress("127.0.0.1").networkMask("127.0.0.0/8");
        } else if (driverHost != null) {
            voidConfiguration.controllerAddress(driverHost);
        }
        return new SharedTrainingMaster.Builder(voidConfiguration.build(), batchPerWorker)
                .batchSizePerWorker(batchPerWorker)
                .workersPerNode(1)
                .repartitionData(partitions == 1 ? Repartition.Never : Repartition.Always)
                .repartitioner(partitions == 1 ? new NoOpRepartitioner() : new DefaultRepartitioner())
                .rddTrainingApproach(RDDTrainingApproach.Direct)
                .thresholdAlgorithm(new AdaptiveThresholdAlgorithm(settings.threshold()))
                .rngSeed(seed)
                .build();
    }

    /**
     * Stops what gradient sharing started in this JVM: DL4J keeps its {@code ModelParameterServer} (the Aeron media
     * driver, its UDP port and threads) as a JVM-wide singleton after training, and shuts a previous one down only when
     * the next run starts (with a 3 s sleep). Releasing it here leaves nothing listening after a run, and the next run
     * in this JVM (a test, the workbench's next Spark run) starts on its own fresh port.
     */
    public static void release(TrainingMaster<?, ?> master) {
        if (master instanceof SharedTrainingMaster && ModelParameterServer.getInstance().isInitialized()) {
            ModelParameterServer.getInstance().shutdown();
        }
    }

    /** A free UDP/TCP port for Aeron, so that parallel runs on one machine do not collide. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for gradient sharing", e);
        }
    }
}
