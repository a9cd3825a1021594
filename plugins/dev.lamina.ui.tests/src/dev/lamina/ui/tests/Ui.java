package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the workbench from the test thread with real OS events ({@link Display#post}) and reads widgets
 * through {@link Display#syncExec}. A small stand-in for SWTBot, which is not on Maven Central.
 */
final class Ui {

    static final long TIMEOUT_MS = 60_000;

    private Ui() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    static <T> T sync(Supplier<T> supplier) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(supplier.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    static void run(Runnable runnable) {
        sync(() -> {
            runnable.run();
            return null;
        });
    }

    static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            sleep(100);
        }
        fail("timed out waiting for " + what);
    }

    static Shell waitForShell(String title) {
        AtomicReference<Shell> found = new AtomicReference<>();
        waitUntil("a shell titled '" + title + "'", () -> {
            found.set(sync(() -> {
                for (Shell shell : display().getShells()) {
                    if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                        return shell;
                    }
                }
                return null;
            }));
            return found.get() != null;
        });
        return found.get();
    }

    static <T extends Control> T find(Composite root, Class<T> type, java.util.function.Predicate<T> test) {
        return sync(() -> findIn(root, type, test));
    }

    private static <T extends Control> T findIn(Composite root, Class<T> type, java.util.function.Predicate<T> test) {
        for (Control child : root.getChildren()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T inner = findIn(composite, type, test);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    static Button button(Shell shell, String label) {
        Button button = find(shell, Button.class, b -> label.equals(b.getText().replace("&", "")));
        if (button == null) {
            fail("no button '" + label + "' in '" + sync(shell::getText) + "'");
        }
        return button;
    }

    /** Types text as key presses into whatever has the keyboard focus. */
    static void type(String text) {
        for (char c : text.toCharArray()) {
            post(key(SWT.KeyDown, c));
            post(key(SWT.KeyUp, c));
        }
        flush();
    }

    /** A real mouse click in the middle of a control. */
    static void click(Control control) {
        Point centre = sync(() -> {
            Rectangle bounds = control.getBounds();
            return control.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        });
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = centre.x;
        move.y = centre.y;
        post(move);
        flush();
        Event down = new Event();
        down.type = SWT.MouseDown;
        down.button = 1;
        post(down);
        Event up = new Event();
        up.type = SWT.MouseUp;
        up.button = 1;
        post(up);
        flush();
    }

    private static Event key(int type, char c) {
        Event event = new Event();
        event.type = type;
        event.character = c;
        event.keyCode = c;
        return event;
    }

    private static void post(Event event) {
        if (!sync(() -> display().post(event))) {
            fail("the display refused a posted event (is the test running under X?)");
        }
        sleep(15);
    }

    /** Lets the UI thread handle what was posted. */
    static void flush() {
        sleep(150);
        run(() -> {
            while (display().readAndDispatch()) {
                // drain
            }
        });
    }

    /** Saves a PNG of what is on screen inside the shell's bounds, for people to look at. */
    static Path screenshot(Shell shell, String name) {
        Path dir = Path.of(System.getProperty("lamina.screenshots", "target/screenshots"));
        Path file = dir.resolve(name + ".png");
        run(() -> {
            Rectangle bounds = shell.getBounds();
            Image image = new Image(display(), bounds.width, bounds.height);
            GC gc = new GC(display());
            try {
                gc.copyArea(image, bounds.x, bounds.y);
            } finally {
                gc.dispose();
            }
            try {
                Files.createDirectories(dir);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                image.dispose();
            }
        });
        return file;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
