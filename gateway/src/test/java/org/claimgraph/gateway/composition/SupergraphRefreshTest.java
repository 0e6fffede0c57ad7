package org.claimgraph.gateway.composition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.claimgraph.gateway.execution.ApiSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A subgraph that adds a field is recomposed in; one whose new schema breaks composition is not. */
class SupergraphRefreshTest {

    private static final String LINK = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.7\", import: [\"@key\"]) ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer subgraph;
    private volatile String sdl;
    private SupergraphLoader loader;
    private Map<String, URI> urls;

    @BeforeEach
    void startSubgraph() throws Exception {
        sdl = LINK + "type Query { hello: String }";
        subgraph = HttpServer.create(new InetSocketAddress("localhost", 0), 8);
        subgraph.createContext("/graphql", exchange -> {
            byte[] answer = JSON.writeValueAsBytes(Map.of("data", Map.of("_service", Map.of("sdl", sdl))));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        subgraph.start();
        urls = Map.of("greetings", URI.create("http://localhost:" + subgraph.getAddress().getPort() + "/graphql"));
        loader = new SupergraphLoader(JSON, ApiSchema::build);
    }

    @AfterEach
    void stopSubgraph() {
        subgraph.stop(0);
    }

    @Test
    void aFieldAddedToASubgraphAppearsWithoutARestart() {
        Supergraph first = loader.load(urls, Duration.ofSeconds(5));
        assertThat(first.apiSchema().getQueryType().getFieldDefinition("goodbye")).isNull();
        assertThat(loader.refresh(urls)).as("nothing changed").isEmpty();

        sdl = LINK + "type Query { hello: String goodbye(name: String): String }";
        Optional<Supergraph> second = loader.refresh(urls);

        assertThat(second).isPresent();
        assertThat(second.get().apiSchema().getQueryType().getFieldDefinition("goodbye")).isNotNull();
        assertThat(second.get().placement("Query").subgraphsResolving("goodbye")).containsExactly("greetings");
    }

    @Test
    void aSchemaThatNoLongerComposesKeepsTheCurrentSupergraph() {
        loader.load(urls, Duration.ofSeconds(5));

        sdl = LINK + "type Query { hello: String } type Broken { field: Missing }";
        assertThat(loader.refresh(urls)).isEmpty();
        assertThat(loader.refresh(urls)).as("asked again: still the same refused SDL").isEmpty();

        sdl = LINK + "type Query { hello: String fixed: Int }";
        assertThat(loader.refresh(urls)).isPresent();
    }

    @Test
    void anUnreachableSubgraphKeepsTheCurrentSupergraph() {
        loader.load(urls, Duration.ofSeconds(5));
        subgraph.stop(0);

        assertThat(loader.refresh(urls)).isEmpty();
    }

}
