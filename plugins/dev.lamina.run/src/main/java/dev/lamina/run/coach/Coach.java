// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.coach;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.lamina.run.config.Loss;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.config.StopCondition;
import dev.lamina.run.curves.BatchPoint;
import dev.lamina.run.curves.TrainingCurves;
import dev.lamina.run.events.RunResult;
import dev.lamina.run.folder.RunLayout;
import dev.lamina.run.metrics.EpochMetrics;

/**
 * Hints computed from a run's curves, for the line under the Run view's charts and the end of {@code lamina train}.
 * Every rule reads only the curves, the class count, the stop condition and how the run ended.
 */
public final class Coach {

    /** Epochs a validation loss must rise in a row, training loss falling, to call it overfitting. */
    static final int OVERFITTING_EPOCHS = 2;
    /** Epochs a binary model's accuracy must stay near 0.5 to call it stuck. */
    static final int STUCK_EPOCHS = 3;
    /** How near to 0.5 counts as "at 0.5". */
    static final double STUCK_MARGIN = 0.03;
    /** The relative fall of the last epoch's loss that counts as "still learning". */
    static final double STILL_IMPROVING = 0.01;

    private Coach() {
    }

    /**
     * The hints for a run, most urgent first.
     *
     * @param curves  the run's steps and epochs
     * @param classes the number of classes (2 for a binary model); 0 when unknown
     * @param stop    the run's stop condition, or {@code null}
     * @param outcome how the run ended, or {@code null} while it trains
     */
    public static List<Hint> hints(TrainingCurves curves, int classes, StopCondition stop, RunResult.Outcome outcome) {
        List<Hint> hints = new ArrayList<>();
        nonFinite(curves, outcome, hints);
        overfitting(curves.epochs(), hints);
        if (classes == 2) {
            stuck(curves.epochs(), hints);
        }
        if (stop != null) {
            target(curves.epochs(), stop, hints);
        }
        if (outcome == RunResult.Outcome.COMPLETED) {
            stillImproving(curves.epochs(), hints);
        }
        return hints;
    }

    /**
     * The hints for the run in {@code folder} (docs/run-folder.md): its curves from {@code metrics.csv} and
     * {@code iterations.csv}, its stop condition from its {@code run.json}; a binary loss there means 2 classes when
     * {@code classes} is 0.
     *
     * @throws dev.lamina.data.DataException naming the file when the curves cannot be read
     */
    public static List<Hint> hints(Path folder, int classes, RunResult.Outcome outcome) {
        StopCondition stop = null;
        Path runFile = folder.resolve(RunLayout.RUN);
        if (Files.isRegularFile(runFile)) {
            RunConfig config = RunFile.load(runFile);
            stop = config.stop().orElse(null);
            if (classes == 0 && config.loss() == Loss.BINARY_CROSSENTROPY) {
                classes = 2;
            }
        }
        return hints(TrainingCurves.read(folder), classes, stop, outcome);
    }

    private static void nonFinite(TrainingCurves curves, RunResult.Outcome outcome, List<Hint> hints) {
        BatchPoint lastFinite = null;
        for (BatchPoint p : curves.steps()) {
            if (!Double.isFinite(p.loss())) {
                hints.add(new Hint(Hint.Kind.NON_FINITE_LOSS, String.format(Locale.ROOT,
                        "loss %s at epoch %d, batch %d%s: lower the learning rate, or check that the inputs are"
                                + " rescaled (rescale 1/255)",
                        Double.isNaN(p.loss()) ? "NaN" : "infinite", p.epoch(), p.batch(), lastFinite == null ? ""
                                : String.format(Locale.ROOT, " (the step before: %.4f)", lastFinite.loss()))));
                return;
            }
            lastFinite = p;
        }
        for (EpochMetrics m : curves.epochs()) {
            if (!Double.isFinite(m.loss()) || Double.isInfinite(m.valLoss())) {
                hints.add(new Hint(Hint.Kind.NON_FINITE_LOSS, String.format(Locale.ROOT,
                        "loss not finite at epoch %d (loss %s, val_loss %s): lower the learning rate, or check that"
                                + " the inputs are rescaled (rescale 1/255)",
                        m.epoch(), m.loss(), m.valLoss())));
                return;
            }
        }
        if (outcome == RunResult.Outcome.NON_FINITE_LOSS) {
            hints.add(new Hint(Hint.Kind.NON_FINITE_LOSS, String.format(Locale.ROOT,
                    "the loss became NaN or infinite after %s: lower the learning rate, or check that the inputs are"
                            + " rescaled (rescale 1/255)",
                    lastFinite == null ? "the start"
                            : String.format(Locale.ROOT, "epoch %d, batch %d (loss %.4f)", lastFinite.epoch(),
                                    lastFinite.batch(), lastFinite.loss()))));
        }
    }

    /** The latest run of at least {@link #OVERFITTING_EPOCHS} epochs of rising val_loss and falling loss. */
    private static void overfitting(List<EpochMetrics> all, List<Hint> hints) {
        List<EpochMetrics> epochs = all.stream().filter(m -> Double.isFinite(m.valLoss()) && Double.isFinite(m.loss()))
                .toList();
        int end = -1;
        int length = 0;
        int streak = 0;
        for (int i = 1; i < epochs.size(); i++) {
            EpochMetrics before = epochs.get(i - 1);
            EpochMetrics now = epochs.get(i);
            boolean diverging = now.valLoss() > before.valLoss() && now.loss() < before.loss();
            streak = diverging ? streak + 1 : 0;
            if (streak >= OVERFITTING_EPOCHS) {
                end = i;
                length = streak;
            }
        }
        if (end < 0) {
            return;
        }
        EpochMetrics from = epochs.get(end - length);
        EpochMetrics to = epochs.get(end);
        hints.add(new Hint(Hint.Kind.OVERFITTING, String.format(Locale.ROOT,
                "overfitting: validation loss rose for %d epochs, %.4f at epoch %d to %.4f at epoch %d, while"
                        + " training loss fell from %.4f to %.4f: try Dropout or augmentation",
                length, from.valLoss(), from.epoch(), to.valLoss(), to.epoch(), from.loss(), to.loss())));
    }

    private static void stuck(List<EpochMetrics> epochs, List<Hint> hints) {
        if (epochs.size() < STUCK_EPOCHS) {
            return;
        }
        List<EpochMetrics> last = epochs.subList(epochs.size() - STUCK_EPOCHS, epochs.size());
        List<String> values = new ArrayList<>();
        for (EpochMetrics m : last) {
            if (!(Math.abs(m.accuracy() - 0.5) <= STUCK_MARGIN)) {
                return;
            }
            values.add(String.format(Locale.ROOT, "%.4f", m.accuracy()));
        }
        hints.add(new Hint(Hint.Kind.STUCK_AT_CHANCE, String.format(Locale.ROOT,
                "accuracy stuck near 0.5 for epochs %d-%d (%s) in a two-class model: the learning rate may be too"
                        + " high, or the labels unbalanced",
                last.getFirst().epoch(), last.getLast().epoch(), String.join(", ", values))));
    }

    private static void target(List<EpochMetrics> epochs, StopCondition stop, List<Hint> hints) {
        for (EpochMetrics m : epochs) {
            if (stop.isMet(m)) {
                hints.add(new Hint(Hint.Kind.TARGET_REACHED, String.format(Locale.ROOT,
                        "target reached: %s %.4f %s %s at epoch %d", stop.metric().jsonName(),
                        stop.metric().valueIn(m), stop.above() ? "above" : "below",
                        Double.toString(stop.threshold()).replaceAll("\\.0$", ""), m.epoch())));
                return;
            }
        }
    }

    private static void stillImproving(List<EpochMetrics> epochs, List<Hint> hints) {
        if (epochs.size() < 2) {
            return;
        }
        EpochMetrics before = epochs.get(epochs.size() - 2);
        EpochMetrics last = epochs.getLast();
        boolean validation = Double.isFinite(last.valLoss()) && Double.isFinite(before.valLoss());
        double from = validation ? before.valLoss() : before.loss();
        double to = validation ? last.valLoss() : last.loss();
        if (Double.isFinite(from) && Double.isFinite(to) && from > 0 && (from - to) / from > STILL_IMPROVING) {
            hints.add(new Hint(Hint.Kind.STILL_IMPROVING, String.format(Locale.ROOT,
                    "still learning: %s fell from %.4f to %.4f in the last epoch (%d, -%.1f %%): more epochs may help",
                    validation ? "validation loss" : "training loss", from, to, last.epoch(),
                    100 * (from - to) / from)));
        }
    }
}
