// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.inference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;

import dev.lamina.core.layer.AveragePooling2D;
import dev.lamina.core.layer.Conv2D;
import dev.lamina.core.layer.Layer;
import dev.lamina.core.layer.MaxPooling2D;
import dev.lamina.data.folder.FolderSource;
import dev.lamina.data.pipeline.Batch;
import dev.lamina.data.pipeline.BatchPipeline;
import dev.lamina.data.pipeline.ClassMode;
import dev.lamina.data.pipeline.EpochBatches;
import dev.lamina.data.pipeline.PipelineOptions;
import dev.lamina.data.pipeline.SampleSource;
import dev.lamina.engine.archive.ModelArchive;
import dev.lamina.engine.archive.ModelArchiveException;
import dev.lamina.engine.archive.ModelMetadata;
import dev.lamina.engine.network.NetworkBuilder;
import dev.lamina.engine.network.NetworkPlan;
import dev.lamina.engine.performance.Nd4jCaches;
import dev.lamina.engine.training.KerasLossValue;
import dev.lamina.run.metrics.ClassificationReport;
import dev.lamina.run.metrics.ConfusionMatrix;
import dev.lamina.run.metrics.Predictions;
import dev.lamina.run.activation.ClassActivationMap;

/**
 * A model trained by Lamina, loaded from its {@code model.zip}: predicts, evaluates and shows activations, preparing
 * images exactly as training did (same size, colours, resampling and rescale, through the same batch pipeline).
 */
public final class TrainedModel {

    private static final int BATCH = 32;

    private final Path file;
    private final ModelMetadata metadata;
    private final MultiLayerNetwork network;
    private final NetworkPlan plan;

    private TrainedModel(Path file, ModelMetadata metadata, MultiLayerNetwork network, NetworkPlan plan) {
        this.file = file;
        this.metadata = metadata;
        this.network = network;
        this.plan = plan;
    }

    public static TrainedModel load(Path file) throws ModelArchiveException {
        ModelMetadata metadata = ModelArchive.readMetadata(file);
        MultiLayerNetwork network = ModelArchive.readNetwork(file, false);
        Nd4jCaches.install();
        // only the layer mapping is used; the updater is irrelevant for inference
        NetworkPlan plan = NetworkBuilder.plan(metadata.model(), metadata.loss(), new Adam(), 0);
        return new TrainedModel(file, metadata, network, plan);
    }

    public Path file() {
        return file;
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    /** The class and probability for each image, in order. */
    public List<Prediction> predict(List<Path> images) {
        FolderSource source = FolderSource.unlabelled(images, metadata.classNames(), metadata.height(),
                metadata.width(), metadata.colorMode(), metadata.interpolation());
        List<Prediction> predictions = new ArrayList<>();
        forEachOutput(source, (batch, outputs, units) -> {
            for (int i = 0; i < batch.size(); i++) {
                float[] row = new float[units];
                System.arraycopy(outputs, i * units, row, 0, units);
                int predicted = Predictions.classOf(outputs, i * units, units);
                double probability = units == 1 ? (predicted == 1 ? row[0] : 1 - row[0]) : row[predicted];
                predictions.add(new Prediction(source.files().get(batch.sampleIndices()[i]).path(), predicted,
                        metadata.classNames().get(predicted), probability, row));
            }
        });
        return predictions;
    }

    /**
     * Loss, accuracy, per-class precision/recall/F1, the confusion matrix and the misclassified samples.
     *
     * @throws IllegalArgumentException when the data's classes are not the model's
     */
    public Evaluation evaluate(SampleSource data) {
        if (!data.classNames().equals(metadata.classNames())) {
            throw new IllegalArgumentException("the data's classes " + data.classNames() + " are not the model's "
                    + metadata.classNames());
        }
        int classes = metadata.classNames().size();
        ConfusionMatrix.Builder matrix = new ConfusionMatrix.Builder(classes);
        List<Evaluation.Misclassified> wrong = new ArrayList<>();
        List<Evaluation.Answer> answers = new ArrayList<>();
        double[] lossSum = { 0 };
        forEachOutput(data, (batch, outputs, units) -> {
            lossSum[0] += KerasLossValue.sum(metadata.loss(), outputs, labelsFor(batch, units), batch.size(), units);
            for (int i = 0; i < batch.size(); i++) {
                int sample = batch.sampleIndices()[i];
                int actual = data.label(sample);
                int predicted = Predictions.classOf(outputs, i * units, units);
                matrix.add(actual, predicted);
                double p = units == 1 ? (predicted == 1 ? outputs[i] : 1 - outputs[i])
                        : outputs[i * units + predicted];
                answers.add(new Evaluation.Answer(sample, actual, predicted, p));
                if (actual != predicted) {
                    wrong.add(new Evaluation.Misclassified(data.describe(sample),
                            metadata.classNames().get(actual), metadata.classNames().get(predicted), p));
                }
            }
        });
        return new Evaluation(lossSum[0] / data.size(),
                new ClassificationReport(matrix.build(), metadata.classNames()), wrong, answers);
    }

    /**
     * Grad-CAM for the class the model predicts for {@code image}.
     *
     * @throws IllegalArgumentException when the model has no Conv2D layer
     */
    public ClassActivationMap gradCam(Path image) {
        return gradCam(image, -1);
    }

    /**
     * Grad-CAM of the last Conv2D layer for class {@code classIndex} (or the predicted class when negative): where in
     * {@code image} the evidence for that class lies, prepared exactly as training prepares images.
     *
     * @throws IllegalArgumentException when the model has no Conv2D layer or the class is not one of its classes
     */
    public ClassActivationMap gradCam(Path image, int classIndex) {
        INDArray input = features(image);
        int classCount = metadata.classNames().size();
        int predicted = -1;
        if (classIndex < 0) {
            float[] outputs = network.output(input, false).dup('c').data().asFloat();
            predicted = Predictions.classOf(outputs, 0, outputs.length);
        }
        int target = classIndex < 0 ? predicted : classIndex;
        if (target >= classCount) {
            throw new IllegalArgumentException("class " + classIndex + " is not one of the model's "
                    + classCount + " classes");
        }
        GradCam.Raw raw = GradCam.compute(network, input, target);
        float[] out = raw.outputs();
        double probability = out.length == 1 ? (target == 1 ? out[0] : 1 - out[0]) : out[target];
        return new ClassActivationMap(layerNameOf(raw.dl4jLayer()), target, metadata.classNames().get(target),
                probability, raw.width(), raw.height(), raw.values());
    }

    private String layerNameOf(int dl4jLayer) {
        for (int i = 0; i < metadata.model().size(); i++) {
            if (plan.dl4jLayerOf(i) == dl4jLayer) {
                return metadata.model().layer(i).name();
            }
        }
        return "layer " + dl4jLayer;
    }

    /** One image as the network takes it, {@code [1, C, H, W]}, through the training pipeline. */
    private INDArray features(Path image) {
        FolderSource source = FolderSource.unlabelled(List.of(image), metadata.classNames(), metadata.height(),
                metadata.width(), metadata.colorMode(), metadata.interpolation());
        try (BatchPipeline pipeline = new BatchPipeline(source, options(1, ClassMode.SPARSE));
                EpochBatches batches = pipeline.epoch(0)) {
            Batch batch = batches.next();
            return org.nd4j.linalg.factory.Nd4j.create(batch.features(), toLong(batch.featureShape()), 'c');
        }
    }

    /** The output of every convolution and pooling layer for one image, as the course's activation plots show. */
    public List<LayerActivation> activations(Path image) {
        List<LayerActivation> activations = new ArrayList<>();
        List<INDArray> outputs = network.feedForward(features(image), false);
        for (int i = 0; i < metadata.model().size(); i++) {
            Layer layer = metadata.model().layer(i);
            int dl4j = plan.dl4jLayerOf(i);
            if (dl4j < 0 || !(layer instanceof Conv2D || layer instanceof MaxPooling2D
                    || layer instanceof AveragePooling2D)) {
                continue;
            }
            INDArray output = outputs.get(dl4j + 1);
            long[] shape = output.shape();
            activations.add(new LayerActivation(layer.name(), layer.kind().kerasName(), (int) shape[1],
                    (int) shape[2], (int) shape[3], output.dup('c').data().asFloat()));
        }
        return activations;
    }

    private interface OutputConsumer {
        void accept(Batch batch, float[] outputs, int units);
    }

    private void forEachOutput(SampleSource source, OutputConsumer consumer) {
        ClassMode labels = metadata.binary() ? ClassMode.BINARY : ClassMode.CATEGORICAL;
        try (BatchPipeline pipeline = new BatchPipeline(source, options(BATCH, labels));
                EpochBatches batches = pipeline.epoch(0)) {
            while (batches.hasNext()) {
                Batch batch = batches.next();
                INDArray output = network.output(
                        org.nd4j.linalg.factory.Nd4j.create(batch.features(), toLong(batch.featureShape()), 'c'),
                        false);
                consumer.accept(batch, output.dup('c').data().asFloat(), (int) output.size(1));
            }
        }
    }

    private static float[] labelsFor(Batch batch, int units) {
        return batch.labels();
    }

    private PipelineOptions options(int batchSize, ClassMode classMode) {
        return PipelineOptions.defaults().withBatchSize(batchSize).withShuffle(false, 0)
                .withRescale((float) metadata.rescale()).withClassMode(classMode).withCache(0, 0, null);
    }

    private static long[] toLong(int[] shape) {
        long[] result = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            result[i] = shape[i];
        }
        return result;
    }
}
