// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.lamina.engine.archive.ModelArchive;
import dev.lamina.engine.archive.ModelArchiveException;
import dev.lamina.run.folder.RunLayout;

/**
 * The trained states a run folder kept, one per epoch, oldest first: {@code model.zip} and {@code checkpoint.zip}
 * (docs/run-folder.md), each at the epoch its {@code lamina.json} history reaches. Lamina keeps only the latest
 * checkpoint, so most runs have one epoch here; a stopped run whose checkpoint is newer than its model has two.
 */
public final class ModelSnapshots {

    /** One kept state: the archive and the epochs it was trained for. */
    public record Snapshot(Path file, int epoch) {
    }

    private ModelSnapshots() {
    }

    /** The run's kept states with distinct epochs, oldest first; {@code model.zip} wins a tie. */
    public static List<Snapshot> of(Path run) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (String name : List.of(RunLayout.TRAINED_MODEL, RunLayout.CHECKPOINT)) {
            Path file = run.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                int epoch = ModelArchive.readMetadata(file).history().size();
                if (snapshots.stream().noneMatch(s -> s.epoch() == epoch)) {
                    snapshots.add(new Snapshot(file, epoch));
                }
            } catch (ModelArchiveException e) {
                // a checkpoint being written or damaged: the other state still shows
            }
        }
        snapshots.sort(Comparator.comparingInt(Snapshot::epoch));
        return snapshots;
    }
}
