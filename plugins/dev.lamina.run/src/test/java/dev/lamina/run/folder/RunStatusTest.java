// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.run.events.RunResult.Outcome;
import dev.lamina.run.folder.RunStatus.State;

/** status.json: running, how a run ends, resumed runs, a run whose process died. */
class RunStatusTest {

    @TempDir
    Path temp;

    @Test
    void aRunIsRunningThenEndsAsItsOutcomeSays() throws IOException {
        RunStatus running = RunStatus.running(null, "CPU: test");
        running.write(temp);
        RunStatus read = RunStatus.read(temp);
        assertEquals(running, read);
        assertEquals(State.RUNNING, read.effectiveState());
        assertEquals(ProcessHandle.current().pid(), read.pid());

        assertEquals(State.FINISHED, running.ended(Outcome.COMPLETED, "done").state());
        assertEquals(State.FINISHED, running.ended(Outcome.REACHED_TARGET, "target").state());
        assertEquals(State.FINISHED, running.ended(Outcome.EARLY_STOPPED, "early").state());
        assertEquals(State.FAILED, running.ended(Outcome.NON_FINITE_LOSS, "NaN").state());
        assertEquals(State.FAILED, running.ended(Outcome.OUT_OF_MEMORY, "memory").state());
        assertEquals(State.FAILED, running.failed("boom").state());
        RunStatus stopped = running.ended(Outcome.CANCELLED, "Cancelled during epoch 2");
        assertEquals(State.STOPPED, stopped.state());
        assertEquals("CANCELLED", stopped.outcome());
        assertNotNull(stopped.ended());
        assertTrue(stopped.seconds() >= 0);
        stopped.write(temp);
        assertEquals(stopped, RunStatus.read(temp));
        assertTrue(Files.readString(temp.resolve(RunLayout.STATUS)).contains("\"status\": \"stopped\""));
    }

    @Test
    void aResumedRunKeepsItsStartAndAddsUpItsSeconds() {
        Instant first = Instant.parse("2026-12-01T10:00:00Z");
        RunStatus earlier = new RunStatus(State.STOPPED, "CANCELLED", "stopped", first, first,
                first.plusSeconds(30), 30, "CPU", 1);
        RunStatus resumed = RunStatus.running(earlier, "CPU");
        assertEquals(first, resumed.started());
        assertTrue(resumed.resumed().isAfter(first));
        RunStatus finished = resumed.ended(Outcome.COMPLETED, "done");
        assertTrue(finished.seconds() >= 30 && finished.seconds() < 60, "seconds " + finished.seconds());
    }

    @Test
    void aRunningRunWhoseProcessIsGoneIsFailed() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        RunStatus orphan = new RunStatus(State.RUNNING, null, "", Instant.now(), Instant.now(), null, 0, "CPU",
                gone.pid());
        assertEquals(State.FAILED, orphan.effectiveState());
    }

    @Test
    void noStatusIsNullAndANewerFormatIsRefusedByName() throws IOException {
        assertNull(RunStatus.read(temp));
        Files.writeString(temp.resolve(RunLayout.STATUS), "{\"format\": 7}");
        IOException e = assertThrows(IOException.class, () -> RunStatus.read(temp));
        assertTrue(e.getMessage().startsWith(temp.resolve(RunLayout.STATUS) + ": format 7 is newer"),
                e.getMessage());
    }
}
