package org.claimgraph.localstack.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Apollo's own gateway ({@code tools/federation/apollo-gateway.mjs} on Node) in front of live subgraphs: an
 * independent oracle for what a federated query must answer.
 */
public final class ApolloGatewayProcess implements AutoCloseable {

    /** Node loading Apollo's packages and the subgraphs' schemas on a loaded machine; it fails at once when it cannot start. */
    private static final int READY_SECONDS = 120;

    private final Process process;
    private final URI graphql;

    private ApolloGatewayProcess(Process process, URI graphql) {
        this.process = process;
        this.graphql = graphql;
    }

    /** Starts it against the subgraphs (name to GraphQL URL) and waits for its ready line. */
    public static ApolloGatewayProcess start(Path root, Map<String, URI> subgraphs) throws IOException, InterruptedException {
        Path tools = FederationTools.installed(root);
        List<String> command = new ArrayList<>(List.of("node", "apollo-gateway.mjs", "--port", "0"));
        subgraphs.forEach((name, url) -> command.add(name + "=" + url));
        Process process = new ProcessBuilder(command).directory(tools.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(root.resolve("gateway/target/apollo-gateway.log").toFile())).start();
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = ready.get(READY_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("Apollo Gateway did not become ready within " + READY_SECONDS + " s", e);
        }
        if (line == null || !line.startsWith("apollo-gateway ready on ")) {
            process.destroyForcibly();
            throw new IllegalStateException("Apollo Gateway did not start (see gateway/target/apollo-gateway.log): " + line);
        }
        return new ApolloGatewayProcess(process, URI.create(line.substring("apollo-gateway ready on ".length()).strip()));
    }

    public URI graphql() {
        return graphql;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
