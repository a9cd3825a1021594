// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.device;

import dev.lamina.run.config.Backend;
import dev.lamina.run.folder.BackendLogLine;

/**
 * Where a run computes, and why, in one line for the run's log, the CLI and the workbench.
 *
 * @param backend {@link Backend#CPU} or {@link Backend#CUDA}; {@code null} when refused
 * @param device  the GPU for CUDA; -1 otherwise
 * @param reason  one line: what was chosen and why, or why the run cannot start
 */
public record BackendDecision(Backend backend, int device, String reason) {

    public BackendDecision {
        if (backend == Backend.AUTO || reason == null || reason.contains("\n")) {
            throw new IllegalArgumentException("a decision is cpu, cuda or a refusal, with a one-line reason");
        }
    }

    public static BackendDecision cpu(String reason) {
        return new BackendDecision(Backend.CPU, -1, reason);
    }

    public static BackendDecision cuda(int device, String reason) {
        return new BackendDecision(Backend.CUDA, device, reason);
    }

    public static BackendDecision refused(String reason) {
        return new BackendDecision(null, -1, reason);
    }

    /** True when the run must not start (the user asked for something this machine cannot do). */
    public boolean refused() {
        return backend == null;
    }

    /** {@code cpu: no NVIDIA driver ...}, {@code cuda (GPU 1): ...} or {@code refused: ...}. */
    public String summary() {
        return (refused() ? "refused" : backend.jsonName() + (backend == Backend.CUDA ? " (GPU " + device + ")" : ""))
                + ": " + reason;
    }

    /** {@code Backend cpu: no NVIDIA driver ...}, as the run's log records it ({@link BackendLogLine} reads it). */
    public String logLine() {
        return BackendLogLine.PREFIX + summary();
    }
}
