// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import dev.lamina.data.DataException;
import dev.lamina.engine.archive.ModelArchiveException;
import dev.lamina.engine.inference.LayerActivation;
import dev.lamina.engine.inference.TrainedModel;

/**
 * Computes every conv/pool layer's output for one image with {@link TrainedModel#activations} (what
 * {@code lamina activations} computes) and renders each layer's grid, off the UI thread. A problem with the model
 * or the image is an outcome with a message naming the file, not a failed job.
 */
public final class ActivationsJob extends ModelJob {

    /** What the job produced: the layers, or the one-line problem; {@code millis} from start to end. */
    public record Outcome(Path model, Path image, List<LayerTiles> layers, String problem, long millis) {
    }

    private final Path model;
    private final Path image;
    private final Consumer<Outcome> done;

    public ActivationsJob(Path model, Path image, Consumer<Outcome> done) {
        super(NLS.bind(Messages.Activations_job, image.getFileName()), true);
        this.model = model;
        this.image = image;
        this.done = done;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        long start = System.nanoTime();
        try {
            TrainedModel trained = LoadedModels.get(model);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            List<LayerTiles> layers = new ArrayList<>();
            for (LayerActivation activation : trained.activations(image)) {
                layers.add(LayerTiles.of(activation));
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            done.accept(new Outcome(model, image, layers, null, (System.nanoTime() - start) / 1_000_000));
        } catch (ModelArchiveException | DataException | IllegalArgumentException e) {
            done.accept(new Outcome(model, image, List.of(), e.getMessage(), (System.nanoTime() - start) / 1_000_000));
        }
        return Status.OK_STATUS;
    }
}
