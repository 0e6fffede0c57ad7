package org.claimgraph.gateway.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.localstack.LocalPostgres;
import org.claimgraph.localstack.ServiceProcess;
import org.claimgraph.localstack.testing.TestTokens;

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
            stack.loadSeeds(root.resolve("seeds"));
            stack.gateway = stack.startService("gateway", stack.gatewayPort, Map.of(
                    "SOURCES_GRAPHQL_URL", stack.graphql(stack.sourcesPort).toString(),
                    "CLAIMS_GRAPHQL_URL", stack.graphql(stack.claimsPort).toString()));
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private static final String INGEST = "mutation($title: String!, $text: String!) { ingestArticle(title: $title, text: $text) { created } }";

    /**
     * The seed articles through claims-service's {@code ingestArticle}, titled by their first line as the run command
     * does, as an editor.
     */
    private void loadSeeds(Path seeds) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();
        List<Path> articles;
        try (Stream<Path> files = Files.list(seeds)) {
            articles = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path article : articles) {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(article.toString());
            if (title.length() > 200) {
                title = title.substring(0, 197) + "...";
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(graphql(claimsPort)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                            Map.of("query", INGEST, "variables", Map.of("title", title, "text", text)))));
            request.header("Authorization", TestTokens.editor());
            JsonNode body = json.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
            if (!body.path("errors").isMissingNode() || body.at("/data/ingestArticle").isMissingNode()) {
                throw new IllegalStateException("the seed article " + article + " was not ingested: " + body);
            }
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
        // every service trusts the tests' signing key, so the page can write with an editor's token
        Map<String, String> environment = new HashMap<>(TestTokens.environment());
        environment.putAll(postgres.environment());
        // as the run command: the page asks the schema what it offers (the review queue appears when it can)
        environment.put("GRAPHQL_INTROSPECTION", "true");
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
