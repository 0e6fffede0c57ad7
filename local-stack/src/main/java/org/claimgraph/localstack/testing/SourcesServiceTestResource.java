package org.claimgraph.localstack.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.claimgraph.localstack.LocalPostgres;
import org.claimgraph.localstack.ServiceProcess;

/**
 * For {@code @QuarkusTestResource} in claims-service: a real PostgreSQL (embedded unless {@code DB_*} names one) and
 * a real sources-service, started from its built jar on a free port against the same database, so that calls between
 * the services go over HTTP as in production. Tests can stop and restart it ({@link #stopSourcesService()},
 * {@link #startSourcesService()}) to check what an outage does.
 *
 * <p>The state lives in system properties: test resources and tests may see this class through different class
 * loaders, but they share one JVM.
 */
public class SourcesServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String PREFIX = "claimgraph.test.sources-service.";
    private LocalPostgres postgres;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        Map<String, String> environment = new HashMap<>();
        if (LocalPostgres.externalConfigured()) {
            postgres = null;
        } else {
            postgres = LocalPostgres.startEmbedded(0, null);
            config.putAll(postgres.quarkusConfig());
            environment.putAll(postgres.environment());
        }
        int port = ServiceProcess.freePort();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.forEach((key, value) -> System.setProperty(PREFIX + "env." + key, value));
        System.setProperty(PREFIX + "port", String.valueOf(port));
        startSourcesService();
        config.put("quarkus.smallrye-graphql-client.sources.url", "http://localhost:" + port + "/graphql");
        config.put(PREFIX + "url", "http://localhost:" + port + "/graphql");
        return config;
    }

    @Override
    public void stop() {
        stopSourcesService();
        if (postgres != null) {
            postgres.close();
        }
    }

    /** sources-service's GraphQL endpoint. */
    public static URI sourcesGraphQL() {
        return URI.create("http://localhost:" + System.getProperty(PREFIX + "port") + "/graphql");
    }

    /** Starts sources-service (again) and waits until it is ready. */
    public static void startSourcesService() {
        Map<String, String> environment = new HashMap<>();
        System.getProperties().forEach((key, value) -> {
            if (key.toString().startsWith(PREFIX + "env.")) {
                environment.put(key.toString().substring((PREFIX + "env.").length()), value.toString());
            }
        });
        try {
            Path jar = ServiceProcess.jar(Path.of("..").toAbsolutePath(), "sources-service");
            Process process = ServiceProcess.start(jar, environment, Path.of("target", "sources-service.log"));
            System.setProperty(PREFIX + "pid", String.valueOf(process.pid()));
            ServiceProcess.awaitReady(URI.create("http://localhost:" + System.getProperty(PREFIX + "port") + "/q/health/ready"),
                    process.toHandle());
        } catch (IOException e) {
            throw new IllegalStateException("sources-service did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops sources-service and waits for it to exit. */
    public static void stopSourcesService() {
        String pid = System.getProperty(PREFIX + "pid");
        if (pid != null) {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(ServiceProcess::stop);
            System.clearProperty(PREFIX + "pid");
        }
    }
}
