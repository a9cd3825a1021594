// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonObject;
import dev.lamina.run.events.RunResult;

/**
 * Where a run stands, recorded in {@link RunLayout#STATUS} when it starts, when it is resumed and when it ends
 * (docs/run-folder.md).
 *
 * @param state   running, finished, stopped or failed
 * @param outcome how the run ended ({@link RunResult.Outcome}, as {@code log.txt} names it); {@code null} while it
 *                runs or when it failed outside the trainer
 * @param message the one line said when it ended; empty while it runs
 * @param started when the run first started (a resumed run keeps it)
 * @param resumed when the latest start or resume began
 * @param ended   when it last ended, {@code null} while it runs
 * @param seconds wall-clock seconds trained over every start and resume, up to {@code ended}
 * @param device  the compute device, as the engine names it
 * @param pid     the process that trains it, to tell a run whose process died from a live one
 */
public record RunStatus(State state, String outcome, String message, Instant started, Instant resumed,
        Instant ended, double seconds, String device, long pid) {

    /** The version of {@code status.json} this class writes and the newest it reads. */
    public static final int FORMAT = 1;

    public enum State {
        RUNNING, FINISHED, STOPPED, FAILED;

        /** {@code running}, {@code finished}, ... as {@code status.json} and the Runs view write it. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A run starting now in this process; {@code previous} is the status of the run it resumes, or {@code null}. */
    public static RunStatus running(RunStatus previous, String device) {
        Instant now = Instant.now();
        return new RunStatus(State.RUNNING, null, "", previous == null ? now : previous.started(), now, null,
                previous == null ? 0 : previous.seconds(), device, ProcessHandle.current().pid());
    }

    /** This running status, ended with {@code outcome}: cancelled is stopped, NaN and out-of-memory failed. */
    public RunStatus ended(RunResult.Outcome outcome, String line) {
        State to = outcome == RunResult.Outcome.CANCELLED ? State.STOPPED
                : outcome.failed() ? State.FAILED : State.FINISHED;
        return end(to, outcome.name(), line);
    }

    /** This running status, ended by an error outside the trainer's outcomes. */
    public RunStatus failed(String line) {
        return end(State.FAILED, null, line);
    }

    private RunStatus end(State to, String how, String line) {
        Instant now = Instant.now();
        double session = state == State.RUNNING ? Duration.between(resumed, now).toMillis() / 1000.0 : 0;
        return new RunStatus(to, how, line == null ? "" : line, started, resumed, now, seconds + session, device,
                pid);
    }

    /**
     * The state as a reader should take it: a run recorded as running whose process is gone (killed, crashed)
     * is failed. Only meaningful on the machine that trained it.
     */
    public State effectiveState() {
        if (state != State.RUNNING || pid == ProcessHandle.current().pid()) {
            return state;
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) ? State.RUNNING : State.FAILED;
    }

    /** The seconds trained so far: up to now while it runs. */
    public double secondsSoFar() {
        return state == State.RUNNING ? seconds + Duration.between(resumed, Instant.now()).toMillis() / 1000.0
                : seconds;
    }

    /** Writes {@code status.json} into {@code runFolder}, atomically. */
    public void write(Path runFolder) throws IOException {
        JsonObject.Builder json = JsonObject.builder().put("format", FORMAT).put("status", state.jsonName());
        if (outcome != null) {
            json.put("outcome", outcome);
        }
        json.put("message", message).put("started", started.toString()).put("resumed", resumed.toString());
        if (ended != null) {
            json.put("ended", ended.toString());
        }
        json.put("seconds", seconds).put("device", device).put("pid", pid);
        AtomicFile.write(runFolder.resolve(RunLayout.STATUS), Json.write(json.build()) + "\n");
    }

    /**
     * Reads {@code status.json} of {@code runFolder}; {@code null} when there is none (runs recorded before it
     * existed).
     *
     * @throws IOException naming the file when it cannot be read or is not a status this version knows
     */
    public static RunStatus read(Path runFolder) throws IOException {
        return RunRecords.read(runFolder, RunLayout.STATUS, FORMAT, root -> new RunStatus(
                State.valueOf(root.getString("status").toUpperCase(Locale.ROOT)),
                root.isAbsentOrNull("outcome") ? null : root.getString("outcome"),
                root.getString("message", ""), Instant.parse(root.getString("started")),
                Instant.parse(root.getString("resumed")),
                root.isAbsentOrNull("ended") ? null : Instant.parse(root.getString("ended")),
                root.getDouble("seconds", 0), root.getString("device", ""), root.getLong("pid")));
    }
}
