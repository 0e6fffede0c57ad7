package org.claimgraph.localstack.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.claimgraph.localstack.ServiceProcess;

/**
 * Service processes that test resources start and tests stop and restart. Their environment and process ids live in
 * system properties under a prefix: test resources and tests may see these classes through different class loaders,
 * but they share one JVM.
 */
final class ServiceProcessState {

    private ServiceProcessState() {
    }

    /** Remembers environment variables every process started under {@code prefix} gets. */
    static void rememberEnvironment(String prefix, Map<String, String> environment) {
        environment.forEach((key, value) -> System.setProperty(prefix + "env." + key, value));
    }

    /**
     * Starts {@code service}'s built jar with the remembered environment plus {@code extra}, logging to
     * {@code target/<service>.log}, records its pid under {@code pidProperty} and waits until {@code readiness} answers.
     */
    static void start(String prefix, String service, Map<String, String> extra, String pidProperty, URI readiness) {
        Map<String, String> environment = new HashMap<>();
        System.getProperties().forEach((key, value) -> {
            if (key.toString().startsWith(prefix + "env.")) {
                environment.put(key.toString().substring((prefix + "env.").length()), value.toString());
            }
        });
        environment.putAll(extra);
        try {
            Process process = ServiceProcess.start(ServiceProcess.jar(Path.of("..").toAbsolutePath().normalize(), service), environment,
                    Path.of("target", service + ".log"));
            System.setProperty(pidProperty, String.valueOf(process.pid()));
            ServiceProcess.awaitReady(readiness, process.toHandle());
        } catch (IOException e) {
            throw new IllegalStateException(service + " did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the process recorded under {@code pidProperty}, if any, and waits for it to exit. */
    static void stop(String pidProperty) {
        String pid = System.getProperty(pidProperty);
        if (pid != null) {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(ServiceProcess::stop);
            System.clearProperty(pidProperty);
        }
    }
}
