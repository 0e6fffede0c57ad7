package org.claimgraph.localstack.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.claimgraph.localstack.LocalPostgres;
import org.claimgraph.localstack.SeedLoader;
import org.claimgraph.localstack.ServiceProcess;

/**
 * For {@code @QuarkusTestResource} in the gateway: a real PostgreSQL (embedded unless {@code DB_*} names one), both
 * subgraphs from their built jars as separate processes, the seed articles ingested, and a {@link RecordingProxy}
 * in front of each subgraph. The gateway under test is configured to reach the subgraphs through the proxies, so
 * tests can count and slow down what it sends; oracles such as Apollo Gateway can use the direct URLs.
 *
 * <p>State lives in system properties ({@link ServiceProcessState}).
 */
public class FederatedStackTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String PREFIX = "claimgraph.test.stack.";
    private LocalPostgres postgres;
    private RecordingProxy sourcesProxy;
    private RecordingProxy claimsProxy;

    @Override
    public Map<String, String> start() {
        Map<String, String> environment = TestTokens.environment();
        if (!LocalPostgres.externalConfigured()) {
            postgres = LocalPostgres.startEmbedded(0, null);
            environment.putAll(postgres.environment());
        }
        ServiceProcessState.rememberEnvironment(PREFIX, environment);
        int sourcesPort = ServiceProcess.freePort();
        int claimsPort = ServiceProcess.freePort();
        System.setProperty(PREFIX + "sources.port", String.valueOf(sourcesPort));
        System.setProperty(PREFIX + "claims.port", String.valueOf(claimsPort));
        start("sources", Map.of("QUARKUS_HTTP_PORT", String.valueOf(sourcesPort)));
        start("claims", Map.of("QUARKUS_HTTP_PORT", String.valueOf(claimsPort), "SOURCES_GRAPHQL_URL", direct("sources").toString()));
        try {
            new SeedLoader(direct("claims"), TestTokens.editor()).load(root().resolve("seeds"));
        } catch (Exception e) {
            throw new IllegalStateException("the seed articles could not be loaded", e);
        }
        sourcesProxy = new RecordingProxy(direct("sources").resolve("/"));
        claimsProxy = new RecordingProxy(direct("claims").resolve("/"));
        System.setProperty(PREFIX + "sources.proxy", sourcesProxy.uri().toString());
        System.setProperty(PREFIX + "claims.proxy", claimsProxy.uri().toString());
        Map<String, String> config = TestTokens.quarkusConfig();
        config.put("claimgraph.gateway.subgraphs.sources.url", sourcesProxy.uri().resolve("/graphql").toString());
        config.put("claimgraph.gateway.subgraphs.claims.url", claimsProxy.uri().resolve("/graphql").toString());
        return config;
    }

    @Override
    public void stop() {
        stopService("claims");
        stopService("sources");
        if (sourcesProxy != null) {
            sourcesProxy.close();
            claimsProxy.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** A subgraph's own GraphQL endpoint ({@code sources} or {@code claims}), bypassing the proxy. */
    public static URI direct(String subgraph) {
        return URI.create("http://localhost:" + System.getProperty(PREFIX + subgraph + ".port") + "/graphql");
    }

    /** The base URI of the recording proxy the gateway uses to reach a subgraph. */
    public static URI proxy(String subgraph) {
        return URI.create(System.getProperty(PREFIX + subgraph + ".proxy"));
    }

    public static void stopService(String subgraph) {
        ServiceProcessState.stop(PREFIX + subgraph + ".pid");
    }

    /** Starts a subgraph (again) on its port and waits until it is ready. */
    public static void startService(String subgraph) {
        Map<String, String> extra = new HashMap<>();
        extra.put("QUARKUS_HTTP_PORT", System.getProperty(PREFIX + subgraph + ".port"));
        if (subgraph.equals("claims")) {
            extra.put("SOURCES_GRAPHQL_URL", direct("sources").toString());
        }
        start(subgraph, extra);
    }

    private static void start(String subgraph, Map<String, String> extra) {
        ServiceProcessState.start(PREFIX, subgraph + "-service", extra, PREFIX + subgraph + ".pid", direct(subgraph).resolve("/q/health/ready"));
    }

    private static Path root() {
        return Path.of("..").toAbsolutePath().normalize();
    }
}
