package org.claimgraph.localstack.testing;

import java.net.URI;
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
 * <p>The state lives in system properties ({@link ServiceProcessState}).
 */
public class SourcesServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String PREFIX = "claimgraph.test.sources-service.";
    private LocalPostgres postgres;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = TestTokens.quarkusConfig();
        Map<String, String> environment = TestTokens.environment();
        if (LocalPostgres.externalConfigured()) {
            postgres = null;
        } else {
            postgres = LocalPostgres.startEmbedded(0, null);
            config.putAll(postgres.quarkusConfig());
            environment.putAll(postgres.environment());
        }
        int port = ServiceProcess.freePort();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        ServiceProcessState.rememberEnvironment(PREFIX, environment);
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
        ServiceProcessState.start(PREFIX, "sources-service", Map.of(), PREFIX + "pid",
                URI.create("http://localhost:" + System.getProperty(PREFIX + "port") + "/q/health/ready"));
    }

    /** Stops sources-service and waits for it to exit. */
    public static void stopSourcesService() {
        ServiceProcessState.stop(PREFIX + "pid");
    }
}
