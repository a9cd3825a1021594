// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.info;

import java.util.List;

/**
 * What the numerical back end reports about itself, read live from ND4J.
 *
 * @param backend        human name of the back end, e.g. {@code ND4J CPU (nd4j-native)}
 * @param backendVersion the ND4J version, e.g. {@code 1.0.0-M2.1}
 * @param blas           the BLAS library ND4J links, e.g. {@code OPENBLAS}
 * @param threads        threads ND4J uses for one operation (OpenMP)
 * @param devices        one line per compute device
 * @param cpu            true for a CPU back end
 * @param imageCodecs    which image decoders datasets use (native libraries or Java), one line
 * @param cuda           whether this build has the CUDA back end and what the NVIDIA driver reports, one line
 * @param gpus           one line per NVIDIA GPU: name, memory, compute capability, usable or not
 * @param autoChoice     where a run with {@code backend: auto} on device 0 computes, and why
 */
public record EngineInfo(String backend, String backendVersion, String blas, int threads, List<String> devices,
        boolean cpu, String imageCodecs, String cuda, List<String> gpus, String autoChoice) {

    public EngineInfo {
        devices = List.copyOf(devices);
        gpus = List.copyOf(gpus);
    }

    /** The lines {@code lamina version} and the Engine Info dialog print, label then value. */
    public List<String[]> rows() {
        return List.of(
                new String[] { "Backend", backend },
                new String[] { "ND4J version", backendVersion },
                new String[] { "BLAS", blas },
                new String[] { "Threads", Integer.toString(threads) },
                new String[] { "Devices", String.join("; ", devices) },
                new String[] { "Image codecs", imageCodecs },
                new String[] { "CUDA", cuda },
                new String[] { "GPUs", gpus.isEmpty() ? "none" : String.join("; ", gpus) },
                new String[] { "Backend auto", autoChoice });
    }
}
