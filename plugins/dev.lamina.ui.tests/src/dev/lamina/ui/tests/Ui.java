// SPDX-License-Identifier: EPL-2.0
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
        if (XInput.available()) {
            for (char c : text.toCharArray()) {
                xkey(c < 0x100 ? c : 0x01000000L | c, XInput.needsShift(c) ? SWT.SHIFT : 0);
            }
            flush();
            return;
        }
        for (char c : text.toCharArray()) {
            post(key(SWT.KeyDown, c));
            post(key(SWT.KeyUp, c));
        }
        flush();
    }

    /**
     * Gives a control the keyboard: its shell the X input focus (Xvfb has no window manager to give it back when a
     * dialog closes), then SWT's focus to the control.
     */
    static void focus(Control control) {
        Shell shell = sync(control::getShell);
        if (XInput.available()) {
            long handle = sync(() -> shell.handle);
            run(() -> XInput.focus(handle));
        }
        run(() -> {
            shell.forceActive();
            control.setFocus();
        });
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

    /** A key press with modifiers ({@code SWT.CTRL}, {@code SWT.SHIFT}, {@code SWT.ALT}), e.g. Ctrl+Z. */
    static void key(int modifiers, int keyCode, char character) {
        if (XInput.available()) {
            xkey(keysym(keyCode), modifiers);
            flush();
            return;
        }
        int[] mods = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
        for (int mod : mods) {
            if ((modifiers & mod) != 0) {
                Event down = new Event();
                down.type = SWT.KeyDown;
                down.keyCode = mod;
                post(down);
            }
        }
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = keyCode;
        down.character = character;
        post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = keyCode;
        up.character = character;
        post(up);
        for (int i = mods.length - 1; i >= 0; i--) {
            if ((modifiers & mods[i]) != 0) {
                Event release = new Event();
                release.type = SWT.KeyUp;
                release.keyCode = mods[i];
                post(release);
            }
        }
        flush();
    }

    /** Presses and releases one key with modifiers, as X key events. */
    private static void xkey(long keysym, int modifiers) {
        long[][] mods = { { SWT.CTRL, 0xffe3 }, { SWT.SHIFT, 0xffe1 }, { SWT.ALT, 0xffe9 } };
        for (long[] mod : mods) {
            if ((modifiers & mod[0]) != 0) {
                XInput.key(XInput.keycode(mod[1]), true);
            }
        }
        int code = XInput.keycode(keysym);
        if (code == 0) {
            fail("the X keyboard has no key for keysym 0x" + Long.toHexString(keysym));
        }
        XInput.key(code, true);
        sleep(10);
        XInput.key(code, false);
        for (int i = mods.length - 1; i >= 0; i--) {
            if ((modifiers & mods[i][0]) != 0) {
                XInput.key(XInput.keycode(mods[i][1]), false);
            }
        }
        sleep(25);
    }

    /** The X key symbol of an SWT key code (characters are their own symbols). */
    private static long keysym(int keyCode) {
        return switch (keyCode) {
            case SWT.CR -> 0xff0d;
            case SWT.ESC -> 0xff1b;
            case SWT.DEL -> 0xffff;
            case SWT.BS -> 0xff08;
            case SWT.TAB -> 0xff09;
            case SWT.ARROW_UP -> 0xff52;
            case SWT.ARROW_DOWN -> 0xff54;
            case SWT.ARROW_LEFT -> 0xff51;
            case SWT.ARROW_RIGHT -> 0xff53;
            case SWT.HOME -> 0xff50;
            case SWT.END -> 0xff57;
            case SWT.PAGE_UP -> 0xff55;
            case SWT.PAGE_DOWN -> 0xff56;
            case SWT.INSERT -> 0xff63;
            case SWT.F11 -> 0xffc8;
            default -> Character.toLowerCase((char) keyCode);
        };
    }

    /** A key without a character (arrows, Delete, Home, ...). */
    static void key(int modifiers, int keyCode) {
        key(modifiers, keyCode, '\0');
    }

    /** Moves the real mouse pointer to a point of a control. */
    static void moveTo(Control control, int x, int y) {
        Point at = sync(() -> control.toDisplay(x, y));
        if (XInput.available()) {
            XInput.move(at.x, at.y);
            sleep(15);
            return;
        }
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        post(move);
    }

    /** A real click (or double click) at a point of a control, with modifiers held. */
    static void clickAt(Control control, int x, int y, int modifiers, int count) {
        moveTo(control, x, y);
        flush();
        Point at = sync(() -> control.toDisplay(x, y));
        for (int i = 0; i < count; i++) {
            if (modifiers != 0) {
                pressModifiers(modifiers, SWT.KeyDown);
            }
            button(true, at);
            button(false, at);
            if (modifiers != 0) {
                pressModifiers(modifiers, SWT.KeyUp);
            }
        }
        flush();
    }

    static void clickAt(Control control, int x, int y) {
        clickAt(control, x, y, 0, 1);
    }

    /** Moves the pointer to a point of the screen. */
    private static void pointer(int x, int y) {
        if (XInput.available()) {
            XInput.move(x, y);
            return;
        }
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = x;
        move.y = y;
        post(move);
    }

    /** A left button press or release where the pointer is. */
    private static void button(boolean press, Point at) {
        if (XInput.available()) {
            XInput.button(1, press);
            sleep(15);
            return;
        }
        Event event = new Event();
        event.type = press ? SWT.MouseDown : SWT.MouseUp;
        event.button = 1;
        event.x = at.x;
        event.y = at.y;
        post(event);
    }

    private static void pressModifiers(int modifiers, int type) {
        for (int mod : new int[] { SWT.CTRL, SWT.SHIFT, SWT.ALT }) {
            if ((modifiers & mod) != 0) {
                Event event = new Event();
                event.type = type;
                event.keyCode = mod;
                post(event);
            }
        }
    }

    /**
     * A real drag with the left button: press at a point of one control, move there in small steps (so
     * that drag detection and native drag and drop see a gesture), release at a point of another.
     */
    static void drag(Control from, Point start, Control to, Point end) {
        Point a = sync(() -> from.toDisplay(start.x, start.y));
        Point b = sync(() -> to.toDisplay(end.x, end.y));
        moveTo(from, start.x, start.y);
        flush();
        button(true, a);
        int steps = 24;
        for (int i = 1; i <= steps; i++) {
            pointer(a.x + (b.x - a.x) * i / steps, a.y + (b.y - a.y) * i / steps);
            sleep(i < 4 ? 60 : 25);
        }
        sleep(250);
        pointer(b.x, b.y + 1);
        sleep(250);
        button(false, new Point(b.x, b.y + 1));
        flush();
        sleep(300);
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
