// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Spark master URL as {@code lamina train --spark MASTER}, the run file's {@code spark.master} and the run file
 * editor's Device page accept it: {@code local}, {@code local[N]}, {@code local[*]}, {@code spark://host:port}
 * (several {@code host:port} separated by commas for standby masters), {@code yarn} or {@code k8s://https://host:port}.
 * One check, so that all three say the same one line.
 */
public final class SparkMaster {

    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)\\])?");
    private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?:[0-9]{1,5}");
    private static final Pattern K8S = Pattern.compile("k8s://(https?://)?[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    private SparkMaster() {
    }

    /** Whether {@code master} runs in the driver's JVM ({@code local}, {@code local[N]}, {@code local[*]}). */
    public static boolean isLocal(String master) {
        return master != null && LOCAL.matcher(master).matches();
    }

    /**
     * Why {@code master} is not a master URL Spark accepts (one line, naming the value and giving examples), or empty
     * when it is one.
     */
    public static Optional<String> problem(String master) {
        if (master == null || master.isBlank()) {
            return Optional.of("no Spark master given: expected local[N], spark://host:7077, yarn or k8s://host:port");
        }
        if (isLocal(master) || master.equals("yarn") || K8S.matcher(master).matches()) {
            return Optional.empty();
        }
        if (master.startsWith("spark://")) {
            String hosts = master.substring("spark://".length());
            boolean valid = !hosts.isEmpty();
            for (String hostPort : hosts.split(",", -1)) {
                valid &= HOST_PORT.matcher(hostPort).matches() && port(hostPort) <= 65535;
            }
            if (valid) {
                return Optional.empty();
            }
            return Optional.of("'" + master + "' is not a Spark master URL: expected spark://host:port, e.g."
                    + " spark://127.0.0.1:7077");
        }
        return Optional.of("'" + master + "' is not a Spark master URL: expected local[N], spark://host:7077, yarn"
                + " or k8s://host:port");
    }

    private static int port(String hostPort) {
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }
}
