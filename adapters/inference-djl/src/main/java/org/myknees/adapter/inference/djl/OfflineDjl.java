package org.myknees.adapter.inference.djl;

/**
 * Keeps DJL off the network. DJL fetches instance metadata and sends telemetry when its engine starts unless told
 * not to, and the tokenizers jar registers an engine of its own that DJL could pick as the default.
 */
final class OfflineDjl {

    static final String ENGINE = "OnnxRuntime";

    private OfflineDjl() {
    }

    /**
     * Sets the switches as system properties unless the operator set them already. Must run before DJL's engine
     * starts; DJL reads them when it starts, not when its classes load.
     */
    static synchronized void configure() {
        // DJL reads the environment variable DJL_OFFLINE or the system property ai.djl.offline; the property named
        // like the variable is set too so that a look at the JVM's properties shows the intent plainly.
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("DJL_OFFLINE", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        setIfAbsent("ai.djl.default_engine", ENGINE);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
