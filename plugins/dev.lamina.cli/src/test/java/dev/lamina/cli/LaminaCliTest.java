// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LaminaCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new LaminaCli().run(args, new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(ExitCode.OK, run("--help"));
        assertTrue(out().contains("version"), out());
        assertTrue(out().contains("selftest"), out());
        assertTrue(out().startsWith("Usage: lamina"), out());
    }

    @Test
    void versionPrintsLaminaJavaAndTheCpuBackend() {
        assertEquals(ExitCode.OK, run("version"));
        String text = out();
        assertTrue(text.startsWith("Lamina 0."), text);
        assertTrue(text.contains("Java          " + System.getProperty("java.version")), text);
        assertTrue(text.contains("Backend       ND4J CPU (nd4j-native)"), text);
        assertTrue(text.contains("ND4J version  1.0.0-M2.1"), text);
        assertTrue(text.matches("(?s).*Threads       \\d+.*"), text);
        assertTrue(text.contains("Devices       CPU: "), text);
        assertTrue(text.contains("Image codecs  native codecs: libdeflate 1.14, libjpeg-turbo 2.1.5"), text);
        assertTrue(text.contains("CUDA          CUDA back end absent (CPU-only build); "), text);
        assertTrue(text.matches("(?s).*\nGPUs          .*\nBackend auto  cpu: .*; training on the CPU\n.*"), text);
    }

    @Test
    void versionOnAMachineWithoutTheNvidiaDriverSaysSo() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dev.lamina.engine.device.NvidiaSmiProbe.system().probe().devices().isEmpty()
                        && !dev.lamina.engine.device.NvidiaSmiProbe.system().probe().driver(),
                "this machine has an NVIDIA driver");
        assertEquals(ExitCode.OK, run("version"));
        assertTrue(out().contains("CUDA          CUDA back end absent (CPU-only build); no NVIDIA driver"
                + " (libcuda.so.1 not found)\n"), out());
        assertTrue(out().contains("GPUs          none\n"), out());
        assertTrue(out().contains("Backend auto  cpu: no NVIDIA driver (libcuda.so.1 not found); training on the"
                + " CPU\n"), out());
    }

    @Test
    void anUnknownCommandIsOneLineAndExit64() {
        assertEquals(ExitCode.USAGE, run("frobnicate"));
        assertEquals("lamina: unknown command 'frobnicate' (see 'lamina --help')\n", err());
        assertEquals("", out());
    }

    @Test
    void extraArgumentsAreAUsageError() {
        assertEquals(ExitCode.USAGE, run("version", "--bogus"));
        assertTrue(err().startsWith("lamina: version takes no arguments"), err());
    }

    @Test
    void selfTestPasses() {
        assertEquals(ExitCode.OK, run("selftest"));
        assertTrue(out().startsWith("Self-test passed: loss "), out());
    }
}
