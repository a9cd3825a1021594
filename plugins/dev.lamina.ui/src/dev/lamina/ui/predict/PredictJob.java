// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.predict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import dev.lamina.data.DataException;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.Interpolation;
import dev.lamina.data.image.PixelImage;
import dev.lamina.engine.archive.ModelArchiveException;
import dev.lamina.engine.inference.Prediction;
import dev.lamina.engine.inference.TrainedModel;
import dev.lamina.ui.activations.LoadedModels;
import dev.lamina.ui.activations.ModelJob;

/**
 * Classifies images with a run's model as {@code lamina predict} does ({@link TrainedModel#predict}: the engine
 * prepares each image as training did and decides the class, binary models as the course), and makes their
 * thumbnails. A problem is an outcome with a message naming the file, not a failed job.
 */
final class PredictJob extends ModelJob {

    static final int THUMB = 40;

    record Outcome(List<PredictedImage> rows, List<String> classNames, String problem) {
    }

    private final Path model;
    private final List<Path> paths;
    private final Consumer<Outcome> done;

    PredictJob(Path model, List<Path> paths, Consumer<Outcome> done) {
        super(NLS.bind(Messages.Predict_job, paths.size()), false);
        this.model = model;
        this.paths = List.copyOf(paths);
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            List<PredictInputs.Input> inputs = PredictInputs.of(paths);
            monitor.beginTask(getName(), inputs.size() * 2);
            TrainedModel trained = LoadedModels.get(model);
            List<String> classes = trained.metadata().classNames();
            List<Prediction> predictions = trained.predict(inputs.stream().map(PredictInputs.Input::file).toList());
            monitor.worked(inputs.size());
            ImageDecoder decoder = new ImageDecoder();
            List<PredictedImage> rows = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                PredictInputs.Input input = inputs.get(i);
                PixelImage thumbnail = decoder.decode(input.file(), ColorMode.RGB, THUMB, THUMB,
                        Interpolation.BILINEAR);
                int actual = input.folderClass() == null ? -1 : classes.indexOf(input.folderClass());
                rows.add(new PredictedImage(predictions.get(i), actual, thumbnail));
                monitor.worked(1);
            }
            done.accept(new Outcome(rows, classes, null));
        } catch (ModelArchiveException | DataException | IllegalArgumentException e) {
            done.accept(new Outcome(List.of(), List.of(), e.getMessage()));
        } finally {
            monitor.done();
        }
        return Status.OK_STATUS;
    }
}
