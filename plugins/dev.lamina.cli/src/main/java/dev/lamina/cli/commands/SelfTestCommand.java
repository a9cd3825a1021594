// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.util.List;
import java.util.Locale;

import dev.lamina.cli.Command;
import dev.lamina.cli.CommandException;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.cli.UsageException;
import dev.lamina.engine.selftest.SelfTest;

/** {@code lamina selftest}: trains a tiny conv net to prove the engine works on this machine. */
public final class SelfTestCommand implements Command {

    @Override
    public String name() {
        return "selftest";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String description() {
        return "train a tiny conv net on synthetic data and check that its loss falls";
    }

    @Override
    public int run(List<String> args, Console console) {
        if (!args.isEmpty()) {
            throw new UsageException("selftest takes no arguments");
        }
        SelfTest.Result result = SelfTest.run(30);
        String line = String.format(Locale.ROOT, "loss %.4f -> %.4f after %d iterations (%d ms)",
                result.initialLoss(), result.finalLoss(), result.iterations(), result.millis());
        if (!result.learned()) {
            throw new CommandException("self-test failed: the network did not learn: " + line);
        }
        console.out().println("Self-test passed: " + line);
        return ExitCode.OK;
    }
}
