package org.claimgraph.gateway.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A root field both subgraphs resolve, returning an interface whose implementations each own their {@code id} in one
 * subgraph only (the other declares it {@code @external}). The gateway asks the subgraph from which the whole
 * selection can be planned; when neither can, the request is refused before anything runs, so it has no data.
 */
class SharedInterfaceRootTest {

    static final String SUPERGRAPH = """
            enum join__Graph {
              PEOPLE @join__graph(name: "people", url: "http://people")
              ROOMS @join__graph(name: "rooms", url: "http://rooms")
            }
            type Query @join__type(graph: PEOPLE) @join__type(graph: ROOMS) {
              featured: Node
            }
            interface Node @join__type(graph: PEOPLE) @join__type(graph: ROOMS) {
              id: ID!
            }
            type Person implements Node @join__implements(graph: PEOPLE, interface: "Node")
                @join__implements(graph: ROOMS, interface: "Node") @join__type(graph: PEOPLE, key: "id") @join__type(graph: ROOMS, key: "id") {
              id: ID! @join__field(graph: PEOPLE) @join__field(graph: ROOMS, external: true)
              name: String @join__field(graph: PEOPLE)
            }
            type Room implements Node @join__implements(graph: PEOPLE, interface: "Node")
                @join__implements(graph: ROOMS, interface: "Node") @join__type(graph: PEOPLE, key: "id") @join__type(graph: ROOMS, key: "id") {
              id: ID! @join__field(graph: PEOPLE, external: true) @join__field(graph: ROOMS)
              floor: Int @join__field(graph: ROOMS)
            }
            """;

    private static final String SDL = """
            type Query { featured: Node }
            interface Node { id: ID! }
            type Person implements Node { id: ID! name: String }
            type Room implements Node { id: ID! floor: Int }
            """;

    @Test
    void theSubgraphThatCanAnswerTheWholeSelectionIsAskedAndAnUnplannableOneHasNoData() throws Exception {
        Map<String, TinySubgraph> subgraphs = new LinkedHashMap<>();
        TinySubgraph people = new TinySubgraph(SDL, List.of("Person", "Room"),
                Map.of("featured", Map.of("__typename", "Person", "id", "p1", "name", "Ada")), r -> null);
        TinySubgraph rooms = new TinySubgraph(SDL, List.of("Person", "Room"),
                Map.of("featured", Map.of("__typename", "Room", "id", "r1", "floor", 3)), r -> null);
        subgraphs.put("people", people);
        subgraphs.put("rooms", rooms);
        try (FederatedGraph graph = new FederatedGraph(SUPERGRAPH, subgraphs)) {
            assertThat(graph.answer("{ featured { ... on Room { id floor } } }"))
                    .isEqualTo("{\"data\":{\"featured\":{\"id\":\"r1\",\"floor\":3}}}");
            assertThat(people.queries).isEmpty();
            assertThat(graph.answer("{ featured { ... on Person { id name } } }"))
                    .isEqualTo("{\"data\":{\"featured\":{\"id\":\"p1\",\"name\":\"Ada\"}}}");

            String unplannable = graph.answer("{ featured { id } }");
            assertThat(unplannable).contains("QUERY_PLANNING_FAILED").endsWith("\"data\":null}");
        }
    }
}
