package org.claimgraph.gateway.composition;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.schema.GraphQLSchema;
import org.jboss.logging.Logger;

/**
 * Asks each configured subgraph for its SDL ({@code _service { sdl }}), waiting for subgraphs still starting, and
 * composes them. Composition errors fail at once with every reason; a subgraph that never answers fails after the
 * composition timeout, naming it.
 */
public final class SupergraphLoader {

    private static final Logger LOG = Logger.getLogger(SupergraphLoader.class);
    private static final String SDL_QUERY = "{\"query\":\"{ _service { sdl } }\"}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json;

    public SupergraphLoader(ObjectMapper json) {
        this.json = json;
    }

    public Supergraph load(Map<String, URI> subgraphUrls, Duration timeout, java.util.function.Function<graphql.language.Document, GraphQLSchema> schemaFactory) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<SubgraphSchema> schemas = new ArrayList<>();
        for (Map.Entry<String, URI> subgraph : new TreeMap<>(subgraphUrls).entrySet()) {
            schemas.add(new SubgraphSchema(subgraph.getKey(), subgraph.getValue(), sdl(subgraph.getKey(), subgraph.getValue(), deadline, timeout)));
        }
        Supergraph supergraph = Composer.compose(schemas, schemaFactory);
        LOG.infof("Composed the supergraph from %s: %d types", subgraphUrls.keySet(), supergraph.placements().size());
        return supergraph;
    }

    private String sdl(String name, URI url, long deadline, Duration timeout) {
        String lastProblem = "no answer";
        while (true) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SDL_QUERY)).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode sdl = response.statusCode() == 200 ? json.readTree(response.body()).path("data").path("_service").path("sdl") : null;
                if (sdl != null && sdl.isTextual()) {
                    return sdl.asText();
                }
                lastProblem = "HTTP " + response.statusCode() + " without _service.sdl (is it a federation subgraph?)";
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while asking subgraph " + name + " for its schema", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Subgraph " + name + " at " + url + " did not give its schema within "
                        + timeout.toSeconds() + " s (claimgraph.gateway.composition-timeout): " + lastProblem);
            }
            LOG.debugf("subgraph %s not ready yet: %s", name, lastProblem);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
