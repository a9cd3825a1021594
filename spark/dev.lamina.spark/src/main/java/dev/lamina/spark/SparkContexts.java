// SPDX-License-Identifier: EPL-2.0
package dev.lamina.spark;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context a run trains in: {@code local[N]} and masters on this machine's loopback address bind the driver
 * to 127.0.0.1; any other master as Spark configures it.
 */
public final class SparkContexts {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String LOCAL_NETWORK_TIMEOUT = "86400s";

    private SparkContexts() {
    }

    /** Whether {@code master} runs in this JVM ({@code local}, {@code local[N]}, {@code local[*]}). */
    public static boolean isLocal(String master) {
        return master != null && (master.equals("local") || master.startsWith("local["));
    }

    /**
     * Whether {@code master} is local or a standalone master on a loopback address ({@code spark://127.0.0.1:7077},
     * {@code spark://localhost:7077}): its executors can only be on this machine, so the driver needs no other
     * interface.
     */
    public static boolean isLoopback(String master) {
        if (isLocal(master)) {
            return true;
        }
        if (master == null || !master.startsWith("spark://") || master.contains(",")) {
            return false;
        }
        String hostPort = master.substring("spark://".length());
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        if (host.equals("localhost") || host.startsWith("127.")) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * A context for {@code master}, or for the master {@code spark-submit} passes (the {@code spark.master} property)
     * when {@code master} is {@code null}. A loopback master binds the driver to 127.0.0.1; a local one starts no web
     * UI.
     */
    public static JavaSparkContext open(String master, String appName) {
        SparkConf conf = new SparkConf().setAppName(appName);
        if (master != null) {
            conf.setMaster(master);
        }
        if (!conf.contains("spark.master")) {
            throw new IllegalArgumentException("no Spark master: give --master (e.g. local[2]) or run through"
                    + " spark-submit --master URL");
        }
        String resolved = conf.get("spark.master");
        if (isLoopback(resolved)) {
            conf.set("spark.driver.host", LOOPBACK).set("spark.driver.bindAddress", LOOPBACK);
        }
        if (isLocal(resolved)) {
            // the executor is this JVM: a pause of the whole process (a laptop's sleep, a stopped process, a long GC)
            // must not make the driver drop it for missed heartbeats (120 s by default), which loses the run
            conf.set("spark.ui.enabled", "false").set("spark.network.timeout", LOCAL_NETWORK_TIMEOUT);
        }
        return new JavaSparkContext(conf);
    }
}
