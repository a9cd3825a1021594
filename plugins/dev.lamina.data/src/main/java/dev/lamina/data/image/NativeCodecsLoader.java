// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

/**
 * Finds the native codecs once: the platform fragment's implementation class is looked up through
 * this bundle's class loader, which a fragment's classes join. Anything that goes wrong (no fragment,
 * a Java without the foreign-function API, a library that will not load) leaves the Java path in
 * charge and is kept as a one-line status.
 */
enum NativeCodecsLoader {
    INSTANCE;

    static final String IMPLEMENTATION = "dev.lamina.data.natives.FfmCodecs";

    private final NativeCodecs codecs;
    private final String status;

    NativeCodecsLoader() {
        NativeCodecs found = null;
        String why;
        if ("false".equalsIgnoreCase(System.getProperty(NativeCodecs.ENABLED_PROPERTY, "true"))) {
            why = "native codecs off (-D" + NativeCodecs.ENABLED_PROPERTY + "=false): Java decoders";
        } else {
            try {
                Class<?> type = Class.forName(IMPLEMENTATION, true, NativeCodecs.class.getClassLoader());
                found = (NativeCodecs) type.getConstructor().newInstance();
                why = "native codecs: " + found.describe();
            } catch (ClassNotFoundException e) {
                why = "no native codecs for this platform: Java decoders";
            } catch (UnsupportedClassVersionError e) {
                why = "native codecs need Java 22 or newer (running " + Runtime.version().feature()
                        + "): Java decoders";
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite && ite.getCause() != null
                        ? ite.getCause() : e;
                why = "native codecs did not load (" + cause + "): Java decoders";
            }
        }
        this.codecs = found;
        this.status = why;
    }

    NativeCodecs codecs() {
        return codecs;
    }

    String status() {
        return status;
    }
}
