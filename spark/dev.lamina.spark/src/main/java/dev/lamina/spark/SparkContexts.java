// SPDX-License-Identifier: EPL-2.0
package dev.lamina.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** The Spark context a run trains in: {@code local[N]} on loopback only, any other master as Spark configures it. */
public final class SparkContexts {

    private SparkContexts() {
    }

    /** Whether {@code master} runs in this JVM ({@code local}, {@code local[N]}, {@code local[*]}). */
    public static boolean isLocal(String master) {
        return master != null && (master.equals("local") || master.startsWith("local["));
    }

    /**
     * A context for {@code master}, or for the master {@code spark-submit} passes (the {@code spark.master} property)
     * when {@code master} is {@code null}. A local master binds the driver to 127.0.0.1 and starts no web UI.
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
        if (isLocal(conf.get("spark.master"))) {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                    .set("spark.ui.enabled", "false");
        }
        return new JavaSparkContext(conf);
    }
}
