// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.events;

import java.util.List;

/** Listeners combined. */
public final class RunListeners {

    private RunListeners() {
    }

    /** One listener that hands every event to each of {@code listeners}, in order. */
    public static RunListener inOrder(RunListener... listeners) {
        return new InOrder(List.of(listeners));
    }

    private record InOrder(List<RunListener> listeners) implements RunListener {
        @Override
        public void started(RunStart start) {
            listeners.forEach(l -> l.started(start));
        }

        @Override
        public void iteration(IterationProgress progress) {
            listeners.forEach(l -> l.iteration(progress));
        }

        @Override
        public void epochEnded(EpochReport report) {
            listeners.forEach(l -> l.epochEnded(report));
        }

        @Override
        public void message(String line) {
            listeners.forEach(l -> l.message(line));
        }

        @Override
        public void finished(RunResult result) {
            listeners.forEach(l -> l.finished(result));
        }
    }
}
