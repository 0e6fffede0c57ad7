package org.claimgraph.gateway.dashboard;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.claimgraph.localstack.LocalPostgres;
import org.claimgraph.localstack.SeedLoader;
import org.claimgraph.localstack.ServiceProcess;

/**
 * The whole system for the dashboard's browser tests, from the built jars, on ports of its own: PostgreSQL (embedded
 * unless {@code DB_*} names one), both subgraphs, the seed articles, then the gateway. Separate from the stack the
 * other gateway tests share, as these tests ingest articles. Each process logs to {@code logs/<service>.log}.
 *
 * <p>{@code main} runs it until Ctrl-C, for working on the page: {@code java -cp … DashboardStack 18080 18081 18082}.
 */
public final class DashboardStack implements AutoCloseable {

    private final Path root;
    private final Path logs;
    private final LocalPostgres postgres;
    private final int sourcesPort;
    private final int claimsPort;
    private final int gatewayPort;
    private Process sources;
    private Process claims;
    private Process gateway;

    private DashboardStack(Path root, Path logs, int gatewayPort, int sourcesPort, int claimsPort) {
        this.root = root;
        this.logs = logs;
        this.gatewayPort = gatewayPort;
        this.sourcesPort = sourcesPort;
        this.claimsPort = claimsPort;
        this.postgres = LocalPostgres.externalConfigured() ? LocalPostgres.external() : LocalPostgres.startEmbedded(0, null);
    }

    /** Starts everything on the given ports (0: a free one) and waits until the gateway is ready. */
    public static DashboardStack start(Path root, Path logs, int gatewayPort, int sourcesPort, int claimsPort)
            throws IOException, InterruptedException {
        DashboardStack stack = new DashboardStack(root, logs, port(gatewayPort), port(sourcesPort), port(claimsPort));
        try {
            stack.startSources();
            stack.claims = stack.startService("claims-service", stack.claimsPort, Map.of("SOURCES_GRAPHQL_URL", stack.graphql(stack.sourcesPort).toString()));
            new SeedLoader(stack.graphql(stack.claimsPort)).load(root.resolve("seeds"));
            stack.gateway = stack.startService("gateway", stack.gatewayPort, Map.of(
                    "SOURCES_GRAPHQL_URL", stack.graphql(stack.sourcesPort).toString(),
                    "CLAIMS_GRAPHQL_URL", stack.graphql(stack.claimsPort).toString()));
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public URI gateway() {
        return URI.create("http://localhost:" + gatewayPort + "/");
    }

    /** Stops sources-service (the gateway then answers claims without names and titles, with an error). */
    public void stopSources() {
        if (sources != null) {
            ServiceProcess.stop(sources.toHandle());
            sources = null;
        }
    }

    public void startSources() throws IOException, InterruptedException {
        sources = startService("sources-service", sourcesPort, Map.of());
    }

    private Process startService(String service, int port, Map<String, String> extra) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(postgres.environment());
        environment.putAll(extra);
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        Process process = ServiceProcess.start(ServiceProcess.jar(root, service), environment, logs.resolve(service + ".log"));
        ServiceProcess.awaitReady(URI.create("http://localhost:" + port + "/q/health/ready"), process.toHandle());
        return process;
    }

    private URI graphql(int port) {
        return URI.create("http://localhost:" + port + "/graphql");
    }

    private static int port(int port) {
        return port > 0 ? port : ServiceProcess.freePort();
    }

    @Override
    public void close() {
        for (Process process : new Process[] {gateway, claims, sources}) {
            if (process != null) {
                ServiceProcess.stop(process.toHandle());
            }
        }
        postgres.close();
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 3 ? args[3] : "..").toAbsolutePath().normalize();
        DashboardStack stack = start(root, root.resolve("gateway/target/dashboard-stack"), Integer.parseInt(args[0]),
                Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        System.out.println("dashboard at " + stack.gateway());
        Thread.currentThread().join();
    }
}
