package org.claimgraph.gateway.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A root field both subgraphs resolve, returning a type without a key: no entity fetch can complete it, so each
 * subgraph is asked for the root field with the fields it has, side by side, and the answers are merged.
 */
class SharedRootTest {

    static final String SUPERGRAPH = """
            enum join__Graph {
              NAMES @join__graph(name: "names", url: "http://names")
              PRICES @join__graph(name: "prices", url: "http://prices")
            }
            type Query @join__type(graph: NAMES) @join__type(graph: PRICES) {
              products: [Product]
            }
            type Product @join__type(graph: NAMES) @join__type(graph: PRICES) {
              id: ID!
              name: String @join__field(graph: NAMES)
              price: Int @join__field(graph: PRICES)
            }
            """;

    @Test
    void eachSubgraphAnswersTheFieldsItHasAndTheAnswersAreMerged() throws Exception {
        Map<String, TinySubgraph> subgraphs = new LinkedHashMap<>();
        subgraphs.put("names", new TinySubgraph("type Query { products: [Product] } type Product { id: ID! name: String }",
                List.of("Product"), Map.of("products", List.of(Map.of("id", "1", "name", "kettle"), Map.of("id", "2", "name", "piano"))),
                r -> null));
        subgraphs.put("prices", new TinySubgraph("type Query { products: [Product] } type Product { id: ID! price: Int }",
                List.of("Product"), Map.of("products", List.of(Map.of("id", "1", "price", 30), Map.of("id", "2", "price", 9000))),
                r -> null));
        try (FederatedGraph graph = new FederatedGraph(SUPERGRAPH, subgraphs)) {
            assertThat(graph.answer("{ products { id name price } }")).isEqualTo("{\"data\":{\"products\":["
                    + "{\"id\":\"1\",\"name\":\"kettle\",\"price\":30},{\"id\":\"2\",\"name\":\"piano\",\"price\":9000}]}}");
            assertThat(graph.execution.explain("{ products { name price } }", null, Map.of()).rootFetches()).hasSize(2);
            assertThat(graph.execution.explain("{ products { id name } }", null, Map.of()).rootFetches()).hasSize(1);
        }
    }
}
