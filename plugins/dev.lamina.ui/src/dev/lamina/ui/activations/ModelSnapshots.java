// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.lamina.engine.archive.ModelArchive;
import dev.lamina.engine.archive.ModelArchiveException;
import dev.lamina.run.folder.EpochState;
import dev.lamina.run.folder.RunLayout;

/**
 * The trained states a run folder kept, one per epoch, oldest first (docs/run-folder.md): the per-epoch states of
 * {@code epochs/} ({@link RunLayout#epochStates}), and {@code model.zip} and {@code checkpoint.zip} each at the epoch
 * its {@code lamina.json} history reaches (for runs written before Lamina kept per-epoch states, one or two).
 */
public final class ModelSnapshots {

    private ModelSnapshots() {
    }

    /** The run's kept states with distinct epochs, oldest first; {@code model.zip} wins a tie. */
    public static List<EpochState> of(Path run) {
        List<EpochState> snapshots = new ArrayList<>();
        for (String name : List.of(RunLayout.TRAINED_MODEL, RunLayout.CHECKPOINT)) {
            Path file = run.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                int epoch = ModelArchive.readMetadata(file).history().size();
                if (snapshots.stream().noneMatch(s -> s.epoch() == epoch)) {
                    snapshots.add(new EpochState(file, epoch));
                }
            } catch (ModelArchiveException e) {
                // a checkpoint being written or damaged: the other states still show
            }
        }
        for (EpochState state : RunLayout.epochStates(run)) {
            if (snapshots.stream().noneMatch(s -> s.epoch() == state.epoch())) {
                snapshots.add(state);
            }
        }
        snapshots.sort(Comparator.comparingInt(EpochState::epoch));
        return snapshots;
    }
}
