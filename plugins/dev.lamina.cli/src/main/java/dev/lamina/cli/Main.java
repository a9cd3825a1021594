// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

/** Entry point of the headless {@code lamina} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // DL4J logs through slf4j-simple; keep its start-up chatter out of the user's terminal.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        int code = new LaminaCli().run(args, Console.system());
        System.out.flush();
        System.exit(code);
    }
}
