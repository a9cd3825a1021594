// SPDX-License-Identifier: EPL-2.0
package dev.lamina.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/** Where the driver listens. */
class SparkContextsTest {

    /** 127.0.0.1 in /proc/net/tcp, as an IPv4-mapped address and ::1 in /proc/net/tcp6. */
    private static final Set<String> LOOPBACK = Set.of("0100007F", "0000000000000000FFFF00000100007F",
            "00000000000000000000000001000000");

    @Test
    void loopbackMasters() {
        assertTrue(SparkContexts.isLoopback("local[2]"));
        assertTrue(SparkContexts.isLoopback("local"));
        assertTrue(SparkContexts.isLoopback("spark://127.0.0.1:7077"));
        assertTrue(SparkContexts.isLoopback("spark://localhost:7077"));
        assertFalse(SparkContexts.isLoopback("spark://head:7077"));
        assertFalse(SparkContexts.isLoopback("spark://127.0.0.1:7077,head:7077"));
        assertFalse(SparkContexts.isLoopback("yarn"));
    }

    @Test
    void aLocalDriverListensOnLoopbackOnly() throws IOException {
        Path tcp = Path.of("/proc/net/tcp");
        assumeTrue(Files.isReadable(tcp), "needs Linux's /proc/net/tcp to see where sockets listen");
        try (JavaSparkContext context = SparkContexts.open("local[2]", "loopback")) {
            assertEquals("127.0.0.1", context.getConf().get("spark.driver.host"));
            assertEquals("86400s", context.getConf().get("spark.network.timeout"), "a paused JVM keeps its executor");
            int driverPort = context.getConf().getInt("spark.driver.port", -1);
            int blockManagerPort = context.sc().env().blockManager().blockManagerId().port();
            for (int port : new int[] { driverPort, blockManagerPort }) {
                List<String> addresses = listening(port);
                assertFalse(addresses.isEmpty(), "nothing listens on port " + port);
                assertTrue(LOOPBACK.containsAll(addresses), "port " + port + " listens beyond loopback: " + addresses);
            }
        }
    }

    /** The local addresses (hex, as /proc/net/tcp and tcp6 write them) that listen on {@code port}. */
    private static List<String> listening(int port) throws IOException {
        List<String> addresses = new ArrayList<>();
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String table : new String[] { "/proc/net/tcp", "/proc/net/tcp6" }) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(path);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if (local[1].equals(hexPort) && fields[3].equals("0A")) {
                    addresses.add(local[0]);
                }
            }
        }
        return addresses;
    }
}
