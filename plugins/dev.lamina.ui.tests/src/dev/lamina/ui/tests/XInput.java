// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.util.Optional;

/**
 * Real X server pointer events through the XTEST extension, called with Java's foreign function API.
 *
 * <p>Why not {@code Display.post}: on GTK 3, SWT posts mouse buttons as synthetic GDK events without root
 * coordinates, so a {@code Canvas} sees every posted click at the screen's top-left corner, and GTK's native
 * drag and drop never sees the button come up. XTEST events are what a real mouse produces.
 *
 * <p>The API is reached by reflection because this bundle compiles for Java 21, where it is a preview; the
 * tests run on Java 25 with {@code --enable-native-access=ALL-UNNAMED}. {@link #available()} is false when
 * libXtst or the API is missing, and the tests then fall back to {@code Display.post}.
 */
final class XInput {

    private static final XInput INSTANCE = load();

    private final Object display;
    private final MethodHandle fakeButton;
    private final MethodHandle fakeMotion;
    private final MethodHandle fakeKey;
    private final MethodHandle keysymToKeycode;
    private final MethodHandle keycodeToKeysym;
    private final MethodHandle flush;
    private MethodHandle setInputFocus;
    private MethodHandle widgetWindow;
    private MethodHandle windowXid;
    private java.lang.reflect.Method ofAddress;

    private XInput(Object display, MethodHandle fakeButton, MethodHandle fakeMotion, MethodHandle fakeKey,
            MethodHandle keysymToKeycode, MethodHandle keycodeToKeysym, MethodHandle flush) {
        this.display = display;
        this.fakeButton = fakeButton;
        this.fakeMotion = fakeMotion;
        this.fakeKey = fakeKey;
        this.keysymToKeycode = keysymToKeycode;
        this.keycodeToKeysym = keycodeToKeysym;
        this.flush = flush;
    }

    /** The X key code of a key symbol, or 0 when the keyboard has none. */
    static int keycode(long keysym) {
        try {
            return ((byte) INSTANCE.keysymToKeycode.invokeWithArguments(INSTANCE.display, keysym)) & 0xff;
        } catch (Throwable e) {
            throw new IllegalStateException("XKeysymToKeycode failed", e);
        }
    }

    /** Whether typing a key symbol needs Shift (it is not the key's first symbol). */
    static boolean needsShift(long keysym) {
        try {
            long first = (long) INSTANCE.keycodeToKeysym.invokeWithArguments(INSTANCE.display, (byte) keycode(keysym), 0);
            return first != keysym;
        } catch (Throwable e) {
            throw new IllegalStateException("XKeycodeToKeysym failed", e);
        }
    }

    /** Presses or releases a key by its X key code. */
    static void key(int keycode, boolean press) {
        call(INSTANCE.fakeKey, INSTANCE.display, keycode, press ? 1 : 0, 0L);
    }

    /**
     * Gives the X keyboard focus to the window of a GTK widget (an SWT shell's {@code handle}): Xvfb has no window
     * manager, so when a dialog closes nobody gives the focus back to the workbench window and real keys go nowhere.
     */
    static void focus(long gtkWidget) {
        if (INSTANCE.setInputFocus == null) {
            throw new IllegalStateException("XSetInputFocus, gtk_widget_get_window or gdk_x11_window_get_xid missing");
        }
        try {
            Object widget = INSTANCE.ofAddress.invoke(null, gtkWidget);
            Object window = INSTANCE.widgetWindow.invokeWithArguments(widget);
            long xid = (long) INSTANCE.windowXid.invokeWithArguments(window);
            // RevertToParent (2), CurrentTime (0)
            INSTANCE.setInputFocus.invokeWithArguments(INSTANCE.display, xid, 2, 0L);
            INSTANCE.flush.invokeWithArguments(INSTANCE.display);
        } catch (Throwable e) {
            throw new IllegalStateException("XSetInputFocus failed", e);
        }
    }

    static boolean available() {
        return INSTANCE != null;
    }

    /** Moves the pointer to a point of the screen. */
    static void move(int x, int y) {
        call(INSTANCE.fakeMotion, INSTANCE.display, -1, x, y, 0L);
    }

    /** Presses or releases a mouse button (1 = left) where the pointer is. */
    static void button(int button, boolean press) {
        call(INSTANCE.fakeButton, INSTANCE.display, button, press ? 1 : 0, 0L);
    }

    private static void call(MethodHandle handle, Object... args) {
        try {
            handle.invokeWithArguments(args);
            INSTANCE.flush.invokeWithArguments(INSTANCE.display);
        } catch (Throwable e) {
            throw new IllegalStateException("XTEST call failed", e);
        }
    }

    private static XInput load() {
        try {
            ClassLoader boot = ClassLoader.getPlatformClassLoader();
            Class<?> linkerType = Class.forName("java.lang.foreign.Linker", true, boot);
            Class<?> arenaType = Class.forName("java.lang.foreign.Arena", true, boot);
            Class<?> lookupType = Class.forName("java.lang.foreign.SymbolLookup", true, boot);
            Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment", true, boot);
            Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout", true, boot);
            Class<?> valueLayoutType = Class.forName("java.lang.foreign.ValueLayout", true, boot);
            Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor", true, boot);
            Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option", true, boot);

            Object linker = linkerType.getMethod("nativeLinker").invoke(null);
            Object arena = arenaType.getMethod("global").invoke(null);
            Object x11 = lookupType.getMethod("libraryLookup", String.class, arenaType).invoke(null, "libX11.so.6", arena);
            Object xtst = lookupType.getMethod("libraryLookup", String.class, arenaType).invoke(null, "libXtst.so.6", arena);
            Object address = valueLayoutType.getField("ADDRESS").get(null);
            Object integer = valueLayoutType.getField("JAVA_INT").get(null);
            Object longValue = valueLayoutType.getField("JAVA_LONG").get(null);
            Object byteValue = valueLayoutType.getField("JAVA_BYTE").get(null);

            var find = lookupType.getMethod("find", String.class);
            var of = descriptorType.getMethod("of", layoutType, layoutType.arrayType());
            var downcall = linkerType.getMethod("downcallHandle", segmentType, descriptorType, optionType.arrayType());
            Object noOptions = Array.newInstance(optionType, 0);

            Object open = ((Optional<?>) find.invoke(x11, "XOpenDisplay")).orElseThrow();
            Object flushSymbol = ((Optional<?>) find.invoke(x11, "XFlush")).orElseThrow();
            Object buttonSymbol = ((Optional<?>) find.invoke(xtst, "XTestFakeButtonEvent")).orElseThrow();
            Object motionSymbol = ((Optional<?>) find.invoke(xtst, "XTestFakeMotionEvent")).orElseThrow();
            Object keySymbol = ((Optional<?>) find.invoke(xtst, "XTestFakeKeyEvent")).orElseThrow();
            Object toKeycodeSymbol = ((Optional<?>) find.invoke(x11, "XKeysymToKeycode")).orElseThrow();
            Object toKeysymSymbol = ((Optional<?>) find.invoke(x11, "XKeycodeToKeysym")).orElseThrow();

            MethodHandle openHandle = (MethodHandle) downcall.invoke(linker, open,
                    of.invoke(null, address, layouts(layoutType, address)), noOptions);
            MethodHandle flushHandle = (MethodHandle) downcall.invoke(linker, flushSymbol,
                    of.invoke(null, integer, layouts(layoutType, address)), noOptions);
            MethodHandle buttonHandle = (MethodHandle) downcall.invoke(linker, buttonSymbol,
                    of.invoke(null, integer, layouts(layoutType, address, integer, integer, longValue)), noOptions);
            MethodHandle motionHandle = (MethodHandle) downcall.invoke(linker, motionSymbol,
                    of.invoke(null, integer, layouts(layoutType, address, integer, integer, integer, longValue)),
                    noOptions);

            MethodHandle keyHandle = (MethodHandle) downcall.invoke(linker, keySymbol,
                    of.invoke(null, integer, layouts(layoutType, address, integer, integer, longValue)), noOptions);
            MethodHandle toKeycodeHandle = (MethodHandle) downcall.invoke(linker, toKeycodeSymbol,
                    of.invoke(null, byteValue, layouts(layoutType, address, longValue)), noOptions);
            MethodHandle toKeysymHandle = (MethodHandle) downcall.invoke(linker, toKeysymSymbol,
                    of.invoke(null, longValue, layouts(layoutType, address, byteValue, integer)), noOptions);

            Object nullSegment = segmentType.getField("NULL").get(null);
            Object display = openHandle.invokeWithArguments(nullSegment);
            if ((long) segmentType.getMethod("address").invoke(display) == 0) {
                return null;
            }
            XInput input = new XInput(display, buttonHandle, motionHandle, keyHandle, toKeycodeHandle,
                    toKeysymHandle, flushHandle);
            try {
                Object gtk = lookupType.getMethod("libraryLookup", String.class, arenaType).invoke(null,
                        "libgtk-3.so.0", arena);
                Object gdk = lookupType.getMethod("libraryLookup", String.class, arenaType).invoke(null,
                        "libgdk-3.so.0", arena);
                input.setInputFocus = (MethodHandle) downcall.invoke(linker,
                        ((Optional<?>) find.invoke(x11, "XSetInputFocus")).orElseThrow(),
                        of.invoke(null, integer, layouts(layoutType, address, longValue, integer, longValue)),
                        noOptions);
                input.widgetWindow = (MethodHandle) downcall.invoke(linker,
                        ((Optional<?>) find.invoke(gtk, "gtk_widget_get_window")).orElseThrow(),
                        of.invoke(null, address, layouts(layoutType, address)), noOptions);
                input.windowXid = (MethodHandle) downcall.invoke(linker,
                        ((Optional<?>) find.invoke(gdk, "gdk_x11_window_get_xid")).orElseThrow(),
                        of.invoke(null, longValue, layouts(layoutType, address)), noOptions);
                input.ofAddress = segmentType.getMethod("ofAddress", long.class);
            } catch (Throwable e) {
                System.err.println("XInput: cannot set the X focus: " + e);
                input.setInputFocus = null;
            }
            return input;
        } catch (Throwable e) {
            System.err.println("XInput: not available, falling back to Display.post: " + e);
            return null;
        }
    }

    private static Object layouts(Class<?> layoutType, Object... layouts) {
        Object array = Array.newInstance(layoutType, layouts.length);
        for (int i = 0; i < layouts.length; i++) {
            Array.set(array, i, layouts[i]);
        }
        return array;
    }
}
