package org.claimgraph.gateway.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @interfaceObject}: activity knows accounts only as one object type {@code Account} and adds {@code lastSeen} to
 * every kind of account; people has the interface and its implementations. Activity is asked by representations of
 * {@code Account}; accounts activity returns get their concrete type from people.
 */
class InterfaceObjectTest {

    static final String SUPERGRAPH = """
            enum join__Graph {
              PEOPLE @join__graph(name: "people", url: "http://people")
              ACTIVITY @join__graph(name: "activity", url: "http://activity")
            }
            type Query @join__type(graph: PEOPLE) @join__type(graph: ACTIVITY) {
              users: [Account] @join__field(graph: PEOPLE)
              recent: [Account] @join__field(graph: ACTIVITY)
            }
            interface Account @join__type(graph: PEOPLE, key: "id") @join__type(graph: ACTIVITY, key: "id", isInterfaceObject: true) {
              id: ID!
              lastSeen: String @join__field(graph: ACTIVITY)
            }
            type Admin implements Account @join__implements(graph: PEOPLE, interface: "Account") @join__type(graph: PEOPLE, key: "id") {
              id: ID!
              isMain: Boolean
              lastSeen: String @join__field
            }
            type Regular implements Account @join__implements(graph: PEOPLE, interface: "Account") @join__type(graph: PEOPLE, key: "id") {
              id: ID!
              lastSeen: String @join__field
            }
            """;

    private static final Map<String, Map<String, Object>> PEOPLE = Map.of(
            "1", Map.of("__typename", "Admin", "id", "1", "isMain", true),
            "2", Map.of("__typename", "Regular", "id", "2"));

    private final List<Object> activityRepresentations = new java.util.ArrayList<>();
    private FederatedGraph graph;

    @BeforeEach
    void start() throws Exception {
        Map<String, TinySubgraph> subgraphs = new LinkedHashMap<>();
        subgraphs.put("people", new TinySubgraph("interface Account { id: ID! } type Admin implements Account { id: ID! isMain: Boolean } "
                + "type Regular implements Account { id: ID! } type Query { users: [Account] }", List.of("Admin", "Regular"),
                Map.of("users", List.of(PEOPLE.get("1"), PEOPLE.get("2"))), r -> PEOPLE.get(String.valueOf(r.get("id")))));
        subgraphs.put("activity", new TinySubgraph("type Account { id: ID! lastSeen: String } type Query { recent: [Account] }",
                List.of("Account"), Map.of("recent", List.of(Map.of("__typename", "Account", "id", "2"))), r -> {
                    activityRepresentations.add(r);
                    return Map.of("__typename", "Account", "id", r.get("id"), "lastSeen", "day " + r.get("id"));
                }));
        graph = new FederatedGraph(SUPERGRAPH, subgraphs);
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void fieldsOfTheInterfaceObjectAreFetchedByRepresentationsOfTheInterfaceAndKeepTheConcreteType() throws Exception {
        assertThat(graph.answer("{ users { __typename id lastSeen } }")).isEqualTo("{\"data\":{\"users\":["
                + "{\"__typename\":\"Admin\",\"id\":\"1\",\"lastSeen\":\"day 1\"},{\"__typename\":\"Regular\",\"id\":\"2\",\"lastSeen\":\"day 2\"}]}}");
        assertThat(activityRepresentations).containsExactly(Map.of("__typename", "Account", "id", "1"), Map.of("__typename", "Account", "id", "2"));
    }

    @Test
    void objectsOfTheInterfaceObjectGetTheirConcreteTypeFromTheSubgraphWithTheInterface() throws Exception {
        assertThat(graph.answer("{ recent { __typename id lastSeen ... on Admin { isMain } } }")).isEqualTo(
                "{\"data\":{\"recent\":[{\"__typename\":\"Regular\",\"id\":\"2\",\"lastSeen\":\"day 2\"}]}}");
    }
}
