package org.claimgraph.gateway.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimgraph.gateway.planning.QueryPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @requires}, chained: shipping decides whether a product is expensive from its price (which only pricing
 * knows, and which clients may not even see), and budget decides whether it is affordable from that. Each subgraph
 * gets what it needs in its representations, one level after the fields it needs were fetched.
 */
class RequiresTest {

    static final String SUPERGRAPH = """
            enum join__Graph {
              CATALOG @join__graph(name: "catalog", url: "http://catalog")
              PRICING @join__graph(name: "pricing", url: "http://pricing")
              SHIPPING @join__graph(name: "shipping", url: "http://shipping")
              BUDGET @join__graph(name: "budget", url: "http://budget")
            }
            type Query @join__type(graph: CATALOG) @join__type(graph: PRICING) @join__type(graph: SHIPPING) @join__type(graph: BUDGET) {
              products: [Product] @join__field(graph: CATALOG)
            }
            type Product @join__type(graph: CATALOG, key: "id") @join__type(graph: PRICING, key: "id")
                @join__type(graph: SHIPPING, key: "id") @join__type(graph: BUDGET, key: "id") {
              id: ID!
              name: String @join__field(graph: CATALOG)
              price: Float @inaccessible @join__field(graph: PRICING) @join__field(graph: SHIPPING, external: true)
              isExpensive: Boolean @join__field(graph: SHIPPING, requires: "price") @join__field(graph: BUDGET, external: true)
              canAfford: Boolean @join__field(graph: BUDGET, requires: "isExpensive")
            }
            """;

    private final SeenRepresentations representations = new SeenRepresentations();
    private FederatedGraph graph;

    @AfterEach
    void stop() {
        graph.close();
    }

    private void start() throws Exception {
        Map<String, TinySubgraph> subgraphs = new LinkedHashMap<>();
        subgraphs.put("catalog", new TinySubgraph("type Query { products: [Product] } type Product { id: ID! name: String }",
                List.of("Product"), Map.of("products", List.of(Map.of("__typename", "Product", "id", "1", "name", "kettle"),
                        Map.of("__typename", "Product", "id", "2", "name", "piano"))), r -> null));
        subgraphs.put("pricing", new TinySubgraph("type Query { x: Int } type Product { id: ID! price: Float }", List.of("Product"),
                Map.of(), r -> representations.seen("pricing", r, Map.of("__typename", "Product", "price", r.get("id").equals("1") ? 30.0 : 9000.0))));
        subgraphs.put("shipping", new TinySubgraph("type Query { x: Int } type Product { id: ID! isExpensive: Boolean }",
                List.of("Product"), Map.of(), r -> representations.seen("shipping", r,
                        Map.of("__typename", "Product", "isExpensive", ((Number) r.get("price")).doubleValue() > 100))));
        subgraphs.put("budget", new TinySubgraph("type Query { x: Int } type Product { id: ID! canAfford: Boolean }",
                List.of("Product"), Map.of(), r -> representations.seen("budget", r,
                        Map.of("__typename", "Product", "canAfford", !Boolean.TRUE.equals(r.get("isExpensive"))))));
        graph = new FederatedGraph(SUPERGRAPH, subgraphs);
    }

    @Test
    void requiredFieldsAreFetchedFirstAndSentInTheRepresentations() throws Exception {
        start();

        assertThat(graph.answer("{ products { name isExpensive } }")).isEqualTo(
                "{\"data\":{\"products\":[{\"name\":\"kettle\",\"isExpensive\":false},{\"name\":\"piano\",\"isExpensive\":true}]}}");
        assertThat(representations.get("shipping")).containsExactly(
                Map.of("__typename", "Product", "id", "1", "price", 30.0), Map.of("__typename", "Product", "id", "2", "price", 9000.0));
    }

    @Test
    void aRequiredFieldThatItselfRequiresIsOneLevelLaterAndTheClientDoesNotSeeWhatWasOnlyRequired() throws Exception {
        start();

        QueryPlan plan = graph.execution.explain("{ products { canAfford } }", null, Map.of());
        assertThat(plan.levels()).hasSize(3);
        assertThat(plan.levels().stream().map(level -> level.get(0).subgraph()).toList()).containsExactly("pricing", "shipping", "budget");

        assertThat(graph.answer("{ products { canAfford } }")).isEqualTo(
                "{\"data\":{\"products\":[{\"canAfford\":true},{\"canAfford\":false}]}}");
        assertThat(representations.get("budget")).containsExactly(
                Map.of("__typename", "Product", "id", "1", "isExpensive", false), Map.of("__typename", "Product", "id", "2", "isExpensive", true));
    }
}
