// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lamina.core.examples.CourseModels;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceModelSyncTest {

    private final Model mnist = CourseModels.mnistSingleConv();
    private final Model horses = CourseModels.horsesOrHumans();
    private final String mnistText = LaminaFormat.write(mnist);

    @Test
    void aFileThatReadsIsCleanUntilTheModelChanges() {
        SourceModelSync sync = new SourceModelSync();
        assertEquals(mnist, sync.load(mnistText, "m.lamina"));
        assertFalse(sync.isBroken());
        assertFalse(sync.isDirty(mnist));
        assertTrue(sync.isDirty(horses));
        assertEquals(mnistText, sync.initialSource(mnist));
        sync.saved(sync.textToSave(horses), horses);
        assertFalse(sync.isDirty(horses));
        assertEquals(horses, sync.savedModel());
    }

    @Test
    void aBrokenFileOpensOnItsTextAndSavesItAsTyped() {
        SourceModelSync sync = new SourceModelSync();
        Model shown = sync.load("{ not json", "m.lamina");
        assertEquals(0, shown.size());
        assertTrue(sync.isBroken());
        assertNotNull(sync.sourceError());
        assertNull(sync.savedModel());
        assertEquals("{ not json", sync.initialSource(shown));
        assertFalse(sync.isDirty(shown));
        assertEquals("{ not json", sync.textToSave(shown));
    }

    @Test
    void typingIsParsedUnlessTheSourceIsBehindOrUnchanged() {
        SourceModelSync sync = new SourceModelSync();
        sync.load(mnistText, "m.lamina");
        assertEquals(Optional.empty(), sync.sourceEdited(mnistText, mnist, "m.lamina"));
        SourceModelSync.SourceEdit edit = sync.sourceEdited(LaminaFormat.write(horses), mnist, "m.lamina").get();
        assertEquals(horses, edit.parsed());
        assertNull(edit.error());

        SourceModelSync.SourceEdit broken = sync.sourceEdited("{", mnist, "m.lamina").get();
        assertNull(broken.parsed());
        assertNotNull(broken.error());
        assertTrue(sync.isBroken());
        assertTrue(sync.isDirty(mnist));
        assertEquals(Optional.empty(), sync.refreshedSource(mnist), "broken text is never overwritten");

        sync.modelEdited();
        assertFalse(sync.isBroken());
        assertEquals(Optional.empty(), sync.sourceEdited("{", mnist, "m.lamina"), "the source is behind");
        assertEquals(Optional.of(mnistText), sync.refreshedSource(mnist));
        assertEquals(Optional.empty(), sync.refreshedSource(mnist));
    }

    @Test
    void whatIsOnDiskCountsAsSavedWhetherOrNotItIsTaken() {
        SourceModelSync sync = new SourceModelSync();
        sync.load(mnistText, "m.lamina");
        assertTrue(sync.matchesSaved(mnistText));
        String horsesText = LaminaFormat.write(horses);
        assertFalse(sync.matchesSaved(horsesText));
        assertEquals(horses, sync.diskChanged(horsesText, "m.lamina").parsed());
        assertTrue(sync.matchesSaved(horsesText));
        assertTrue(sync.isDirty(mnist));
        SourceModelSync.SourceEdit bad = sync.diskChanged("[]", "m.lamina");
        assertNull(bad.parsed());
        assertNotNull(bad.error());
        assertNull(sync.savedModel());
        assertEquals("[]", sync.savedText());
    }
}
