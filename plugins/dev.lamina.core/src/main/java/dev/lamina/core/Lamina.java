// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this Lamina build, read from the properties file the build writes. */
public final class Lamina {

    private static final Properties BUILD = load();

    private Lamina() {
    }

    /** The release version, e.g. {@code 0.1.0}. */
    public static String version() {
        return BUILD.getProperty("version");
    }

    /** The Maven build version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String buildVersion() {
        return BUILD.getProperty("build");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Lamina.class.getResourceAsStream("lamina.properties")) {
            if (in == null) {
                throw new IllegalStateException("lamina.properties is missing from dev.lamina.core");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
