// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.predict;

import java.nio.file.Path;
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
import dev.lamina.data.image.Resizer;
import dev.lamina.engine.archive.ModelArchiveException;
import dev.lamina.engine.inference.TrainedModel;
import dev.lamina.run.activation.ClassActivationMap;
import dev.lamina.ui.activations.LoadedModels;
import dev.lamina.ui.activations.ModelJob;

/**
 * Grad-CAM of one image for one class ({@link TrainedModel#gradCam}, what {@code lamina predict --gradcam}
 * computes) and the picture to draw it over: the image in colour at its own size, at most {@value #LARGEST}
 * pixels on its longer side.
 */
public final class GradCamJob extends ModelJob {

    static final int LARGEST = 512;

    /** The picture and its map, or the one-line problem. */
    public record Outcome(Path image, PixelImage picture, ClassActivationMap map, String problem) {
    }

    private final Path model;
    private final Path image;
    private final int classIndex;
    private final Consumer<Outcome> done;

    GradCamJob(Path model, Path image, int classIndex, Consumer<Outcome> done) {
        super(NLS.bind(Messages.Predict_gradCamJob, image.getFileName()), true);
        this.model = model;
        this.image = image;
        this.classIndex = classIndex;
        this.done = done;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            TrainedModel trained = LoadedModels.get(model);
            ClassActivationMap map = trained.gradCam(image, classIndex);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            PixelImage picture = new ImageDecoder().decode(image, ColorMode.RGB);
            int longer = Math.max(picture.width(), picture.height());
            if (longer > LARGEST) {
                picture = Resizer.resize(picture, Math.max(1, picture.width() * LARGEST / longer),
                        Math.max(1, picture.height() * LARGEST / longer), Interpolation.BILINEAR);
            }
            done.accept(new Outcome(image, picture, map, null));
        } catch (ModelArchiveException | DataException | IllegalArgumentException e) {
            done.accept(new Outcome(image, null, null, e.getMessage()));
        }
        return Status.OK_STATUS;
    }
}
