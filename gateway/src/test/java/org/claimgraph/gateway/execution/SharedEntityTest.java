package org.claimgraph.gateway.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import org.claimgraph.gateway.composition.Composer;
import org.claimgraph.gateway.composition.SubgraphSchema;
import org.claimgraph.gateway.limits.QueryLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One entity reached under two aliases is fetched once, but each place must be completed on its own: here the same
 * product's review author is asked for by name under {@code a} and by username under {@code b}.
 */
class SharedEntityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINK = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.7\", import: [\"@key\"]) ";

    private final List<HttpServer> servers = new ArrayList<>();
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void stop() {
        servers.forEach(server -> server.stop(0));
        vertx.close();
    }

    @Test
    void eachPlaceOfASharedEntityIsCompletedOnItsOwn() throws Exception {
        URI products = stub(query -> Map.of("a", Map.of("__typename", "Product", "_cg_key_upc", "1"),
                "b", Map.of("__typename", "Product", "_cg_key_upc", "1")));
        URI reviews = stub(query -> Map.of("_cg_e0", List.of(Map.of("reviews", List.of(
                Map.of("author", Map.of("__typename", "User", "_cg_key_id", "u1")))))));
        URI users = stub(query -> query.contains("_cg_e1")
                ? Map.of("_cg_e0", List.of(Map.of("n", "Ada Lovelace")), "_cg_e1", List.of(Map.of("n", "ada")))
                : Map.of("_cg_e0", List.of(Map.of("n", "Ada Lovelace"))));
        FederatedExecution execution = new FederatedExecution(Composer.compose(List.of(
                new SubgraphSchema("products", products, LINK + "type Query { product(upc: String!): Product } "
                        + "type Product @key(fields: \"upc\") { upc: String! }"),
                new SubgraphSchema("reviews", reviews, LINK + "type Product @key(fields: \"upc\") { upc: String! reviews: [Review] } "
                        + "type Review { author: User } type User @key(fields: \"id\") { id: ID! }"),
                new SubgraphSchema("users", users, LINK + "type User @key(fields: \"id\") { id: ID! name: String username: String }")),
                ApiSchema::build), new SubgraphClient(vertx, JSON, Duration.ofSeconds(2), new io.micrometer.core.instrument.simple.SimpleMeterRegistry()), new QueryLimits(15, 30, 1000));

        Map<String, Object> response = execution.execute("""
                { a: product(upc: "1") { reviews { author { n: name } } } b: product(upc: "1") { reviews { author { n: username } } } }""",
                null, Map.of(), Map.of()).get();

        assertThat(JSON.writeValueAsString(response)).isEqualTo(
                "{\"data\":{\"a\":{\"reviews\":[{\"author\":{\"n\":\"Ada Lovelace\"}}]},\"b\":{\"reviews\":[{\"author\":{\"n\":\"ada\"}}]}}}");
    }

    /** A subgraph over real HTTP that answers every request with {@code data} computed from its query. */
    private URI stub(Function<String, Map<String, Object>> data) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 8);
        server.createContext("/graphql", exchange -> {
            String query = String.valueOf(JSON.readValue(exchange.getRequestBody(), Map.class).get("query"));
            byte[] answer = JSON.writeValueAsBytes(Map.of("data", data.apply(query)));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        servers.add(server);
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/graphql");
    }
}
