// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import java.util.List;

import dev.lamina.cli.commands.TrainCommand;
import dev.lamina.engine.device.BackendDecision;
import dev.lamina.engine.device.Devices;
import dev.lamina.run.config.Backend;

/**
 * What the launcher of a CUDA build runs before the JVM that runs Lamina: ND4J picks its back end once per process,
 * from the environment ({@code BACKEND_PRIORITY_GPU}), so the decision for a command line has to be made first. Prints
 * {@code cuda N} when the command is to train on GPU N, else {@code cpu} (also when the command line or its run file
 * does not read or the run is refused: the command itself then says why, in one line). Never loads ND4J.
 */
public final class BackendPreflight {

    private BackendPreflight() {
    }

    public static void main(String[] args) {
        System.out.println(decide(List.of(args)));
    }

    static String decide(List<String> args) {
        try {
            TrainCommand.RunChoice choice = TrainCommand.choice(args, System::getenv);
            BackendDecision decision = Devices.decide(choice.backend(), choice.device());
            return decision.backend() == Backend.CUDA ? "cuda " + decision.device() : "cpu";
        } catch (RuntimeException e) {
            return "cpu";
        }
    }
}
