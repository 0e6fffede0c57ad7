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
import java.util.Optional;
import java.util.function.Function;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import org.jboss.logging.Logger;

/**
 * Asks each configured subgraph for its SDL ({@code _service { sdl }}), waiting for subgraphs still starting, and
 * composes them. Composition errors fail at once with every reason; a subgraph that never answers fails after the
 * composition timeout, naming it. Asked again ({@link #refresh}), it recomposes when a subgraph's schema changed.
 */
public final class SupergraphLoader {

    private static final Logger LOG = Logger.getLogger(SupergraphLoader.class);
    private static final String SDL_QUERY = "{\"query\":\"{ _service { sdl } }\"}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json;
    private final Function<Document, GraphQLSchema> schemaFactory;
    private List<SubgraphSchema> composed;
    private List<SubgraphSchema> refused;

    private final Map<String, String> headers;

    public SupergraphLoader(ObjectMapper json, Function<Document, GraphQLSchema> schemaFactory) {
        this(json, schemaFactory, Map.of());
    }

    /** {@code headers} go with every SDL request (the gateway's secret, which subgraphs may require for {@code _service}). */
    public SupergraphLoader(ObjectMapper json, Function<Document, GraphQLSchema> schemaFactory, Map<String, String> headers) {
        this.json = json;
        this.schemaFactory = schemaFactory;
        this.headers = Map.copyOf(headers);
    }

    /** Waits up to {@code timeout} for every subgraph's SDL and composes them. */
    public synchronized Supergraph load(Map<String, URI> subgraphUrls, Duration timeout) {
        List<SubgraphSchema> schemas = fetch(subgraphUrls, System.nanoTime() + timeout.toNanos(), timeout);
        Supergraph supergraph = Composer.compose(schemas, schemaFactory);
        composed = schemas;
        LOG.infof("Composed the supergraph from %s: %d types", subgraphUrls.keySet(), supergraph.placements().size());
        return supergraph;
    }

    /**
     * Asks every subgraph once for its SDL: a new supergraph when one changed and the new set composes. A subgraph
     * that does not answer, or SDLs that do not compose, leave the current supergraph in place (the latter logged
     * once as an error), so a bad deployment of one subgraph cannot take the gateway's schema down.
     */
    public synchronized Optional<Supergraph> refresh(Map<String, URI> subgraphUrls) {
        List<SubgraphSchema> schemas;
        try {
            schemas = fetch(subgraphUrls, System.nanoTime(), Duration.ZERO);
        } catch (IllegalStateException unreachable) {
            LOG.debugf("not recomposing: %s", unreachable.getMessage());
            return Optional.empty();
        }
        if (schemas.equals(composed) || schemas.equals(refused)) {
            return Optional.empty();
        }
        try {
            Supergraph supergraph = Composer.compose(schemas, schemaFactory);
            composed = schemas;
            LOG.infof("A subgraph's schema changed: recomposed the supergraph from %s, %d types", subgraphUrls.keySet(),
                    supergraph.placements().size());
            return Optional.of(supergraph);
        } catch (CompositionException e) {
            refused = schemas;
            LOG.errorf("A subgraph's schema changed but the subgraphs no longer compose; keeping the current supergraph. %s",
                    e.getMessage());
            return Optional.empty();
        }
    }

    private List<SubgraphSchema> fetch(Map<String, URI> subgraphUrls, long deadline, Duration timeout) {
        List<SubgraphSchema> schemas = new ArrayList<>();
        for (Map.Entry<String, URI> subgraph : new TreeMap<>(subgraphUrls).entrySet()) {
            schemas.add(new SubgraphSchema(subgraph.getKey(), subgraph.getValue(), sdl(subgraph.getKey(), subgraph.getValue(), deadline, timeout)));
        }
        return schemas;
    }

    private String sdl(String name, URI url, long deadline, Duration timeout) {
        String lastProblem = "no answer";
        while (true) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json");
                headers.forEach(request::header);
                HttpResponse<String> response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(SDL_QUERY)).build(),
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
