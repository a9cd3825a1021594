// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positionals, {@code --flag}s and {@code --option value} pairs (also
 * {@code --option=value}). Anything unknown is a {@link UsageException} naming it.
 */
public final class Arguments {

    private final String command;
    private final List<String> positionals = new ArrayList<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> options = new HashMap<>();

    private Arguments(String command) {
        this.command = command;
    }

    /**
     * @param command      the command's name, for messages
     * @param knownFlags   options without a value, e.g. {@code --json}
     * @param knownOptions options with a value, e.g. {@code -o}
     */
    public static Arguments parse(String command, List<String> args, Set<String> knownFlags,
            Set<String> knownOptions) {
        Arguments parsed = new Arguments(command);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                parsed.positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                parsed.positionals.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (knownFlags.contains(name) && value == null) {
                parsed.flags.add(name);
            } else if (knownOptions.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(command + ": " + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                parsed.options.put(name, value);
            } else {
                throw new UsageException(command + ": unknown option '" + arg + "'");
            }
        }
        return parsed;
    }

    /** Checks the number of positional arguments, naming them in the message. */
    public Arguments expect(int min, int max, String synopsis) {
        if (positionals.size() < min) {
            throw new UsageException(command + ": missing arguments; usage: lamina " + command + " " + synopsis);
        }
        if (positionals.size() > max) {
            throw new UsageException(command + ": unexpected argument '" + positionals.get(max) + "'; usage: lamina "
                    + command + " " + synopsis);
        }
        return this;
    }

    public String positional(int index) {
        return positionals.get(index);
    }

    public Path path(int index) {
        return Path.of(positionals.get(index));
    }

    public List<String> positionals() {
        return List.copyOf(positionals);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
