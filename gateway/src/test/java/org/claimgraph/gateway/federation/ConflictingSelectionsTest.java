package org.claimgraph.gateway.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.idl.TypeRuntimeWiring;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One response key, two meanings on the same object: a figure asked for with different arguments (once by the client,
 * twice by {@code @requires} of other fields), or a field whose type differs between the members of a union in the
 * subgraph that returns them. A subgraph refuses such a selection, or answers only one of them; the gateway sends them
 * under aliases of its own and gives the client its own names back.
 */
class ConflictingSelectionsTest {

    static final String FIGURES_SUPERGRAPH = """
            enum join__Graph {
              FIGURES @join__graph(name: "figures", url: "http://figures")
              SUMMARY @join__graph(name: "summary", url: "http://summary")
            }
            type Query @join__type(graph: FIGURES) @join__type(graph: SUMMARY) {
              reports: [Report] @join__field(graph: FIGURES)
            }
            type Report @join__type(graph: FIGURES, key: "id") @join__type(graph: SUMMARY, key: "id") {
              id: ID!
              count(category: String!): Int @join__field(graph: FIGURES) @join__field(graph: SUMMARY, external: true)
              killedLine: String @join__field(graph: SUMMARY, requires: "count(category: \\"killed\\")")
              woundedLine: String @join__field(graph: SUMMARY, requires: "count(category: \\"wounded\\")")
            }
            """;

    static final String CASUALTIES_SUPERGRAPH = """
            enum join__Graph {
              PEOPLE @join__graph(name: "people", url: "http://people")
            }
            type Query @join__type(graph: PEOPLE) {
              casualties: [Casualty] @join__field(graph: PEOPLE)
            }
            union Casualty @join__type(graph: PEOPLE) @join__unionMember(graph: PEOPLE, member: "Soldier")
                @join__unionMember(graph: PEOPLE, member: "Civilian") = Soldier | Civilian
            type Soldier @join__type(graph: PEOPLE) {
              id: ID @join__field(graph: PEOPLE, type: "ID!")
              name: String @join__field(graph: PEOPLE)
            }
            type Civilian @join__type(graph: PEOPLE) {
              id: ID @join__field(graph: PEOPLE)
              name: String @join__field(graph: PEOPLE)
            }
            """;

    private static final Map<String, Map<String, Integer>> COUNTS = Map.of(
            "r1", Map.of("killed", 12, "wounded", 40, "missing", 3),
            "r2", Map.of("killed", 5, "wounded", 9, "missing", 0));

    private FederatedGraph graph;

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void aFieldRequiredWithTwoArgumentsAndSelectedWithAThirdIsFetchedOnceForEach() throws Exception {
        Map<String, TinySubgraph> subgraphs = new LinkedHashMap<>();
        subgraphs.put("figures", new TinySubgraph("type Query { reports: [Report] } type Report { id: ID! count(category: String!): Int }",
                List.of("Report"), Map.of("reports", List.of(Map.of("__typename", "Report", "id", "r1"), Map.of("__typename", "Report", "id", "r2"))),
                r -> null, wiring -> wiring.type(TypeRuntimeWiring.newTypeWiring("Report").dataFetcher("count", environment -> {
                    Map<String, Object> report = environment.getSource();
                    return COUNTS.get(report.get("id")).get(environment.<String>getArgument("category"));
                }))));
        subgraphs.put("summary", new TinySubgraph("type Query { x: Int } type Report { id: ID! killedLine: String woundedLine: String }",
                List.of("Report"), Map.of(), r -> {
                    Map<String, Object> line = new LinkedHashMap<>(Map.of("__typename", "Report"));
                    // each representation carries the count under its own name, with the arguments its field requires
                    if (r.containsKey("count")) {
                        line.put("killedLine", r.get("count") + " killed");
                        line.put("woundedLine", r.get("count") + " wounded");
                    }
                    return line;
                }));
        graph = new FederatedGraph(FIGURES_SUPERGRAPH, subgraphs);

        assertThat(graph.answer("{ reports { id count(category: \"missing\") killedLine woundedLine } }")).isEqualTo(
                "{\"data\":{\"reports\":[{\"id\":\"r1\",\"count\":3,\"killedLine\":\"12 killed\",\"woundedLine\":\"40 wounded\"},"
                        + "{\"id\":\"r2\",\"count\":0,\"killedLine\":\"5 killed\",\"woundedLine\":\"9 wounded\"}]}}");
    }

    @Test
    void aFieldNonNullOnOneUnionMemberAndNullableOnAnotherIsAnsweredUnderTheClientsName() throws Exception {
        Map<String, TinySubgraph> subgraphs = new LinkedHashMap<>();
        TinySubgraph people = new TinySubgraph("type Query { casualties: [Casualty] } union Casualty = Soldier | Civilian "
                + "type Soldier { id: ID! name: String } type Civilian { id: ID name: String }", List.of("Soldier"),
                Map.of("casualties", List.of(Map.of("__typename", "Soldier", "id", "s1", "name", "private"),
                        Map.of("__typename", "Civilian", "id", "c1", "name", "teacher"))), r -> null);
        subgraphs.put("people", people);
        graph = new FederatedGraph(CASUALTIES_SUPERGRAPH, subgraphs);

        assertThat(graph.answer("{ casualties { ... on Soldier { id name } ... on Civilian { id name } } }")).isEqualTo(
                "{\"data\":{\"casualties\":[{\"id\":\"s1\",\"name\":\"private\"},{\"id\":\"c1\",\"name\":\"teacher\"}]}}");
        assertThat(people.queries).hasSize(1);
        assertThat(people.queries.get(0)).contains("...on Civilian{id name}").doesNotContain("...on Soldier{id ");
    }
}
