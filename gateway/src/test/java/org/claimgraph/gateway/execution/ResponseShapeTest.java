package org.claimgraph.gateway.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

/**
 * The response shaped without graphql-java's execution is graphql-java's own, key order included: each case shapes
 * the same data both ways (graphql-java over {@link ApiSchema}'s fetchers, which read the response keys from the
 * data, as the gateway runs it) and compares them; what would need an error is left to graphql-java.
 */
class ResponseShapeTest {

    private static final GraphQLSchema SCHEMA = ApiSchema.build(Parser.parse("""
            scalar Date
            enum Side { OWN_SIDE ADVERSARY }
            interface Node { id: ID! }
            type Claim implements Node { id: ID! best: Int low: Float side: Side stated: Date claimant: Source! tags: [String!] }
            type Source implements Node { id: ID! name: String! kind: String }
            union Found = Claim | Source
            type Query { claims: [Claim!]! node(id: ID!): Node found: [Found] count: Int! }
            """));

    private static final Map<String, Object> DATA = Map.of(
            "claims", List.of(claim("c1", 31000, "OWN_SIDE", "s1"), claim("c2", 70, "ADVERSARY", "s2")),
            "a", claim("c1", 31000, "OWN_SIDE", "s1"),
            "node", claim("c2", 70, "ADVERSARY", "s2"),
            "found", java.util.Arrays.asList(source("s1"), null, claim("c1", 31000, "OWN_SIDE", "s1")),
            "count", 2);

    @Test
    void fieldsFragmentsAliasesAndLeavesComeOutAsGraphQLJavaShapesThem() {
        sameAsGraphQLJava("{ count claims { id best low side stated tags __typename claimant { name id } } }", Map.of());
        sameAsGraphQLJava("{ a: node(id: \"c1\") { id } node(id: \"c2\") { __typename ... on Claim { best claimant { kind } } id } }", Map.of());
        sameAsGraphQLJava("""
                query Q($brief: Boolean!) { found { ... on Source { name } ...claim __typename } claims { id ...claim @skip(if: $brief) } }
                fragment claim on Claim { best ... on Node { id } claimant @include(if: $brief) { name } }""", Map.of("brief", true));
        sameAsGraphQLJava("{ claims { id best: low ... on Claim { id claimant { name } claimant { kind } } } }", Map.of());
    }

    @Test
    void whatNeedsAnErrorOrIntrospectionIsLeftToGraphQLJava() {
        Map<String, Object> nullName = Map.of("claims", List.of(Map.of("id", "c1", "claimant", new LinkedHashMap<>(Map.of("id", "s1")))));
        assertThatThrownBy(() -> shape("{ claims { claimant { name } } }", Map.of()).shape(nullName))
                .isInstanceOf(ResponseShape.Unshapeable.class);
        assertThatThrownBy(() -> shape("{ claims { side } }", Map.of()).shape(Map.of("claims", List.of(Map.of("side", "NEUTRAL")))))
                .isInstanceOf(ResponseShape.Unshapeable.class);
        assertThatThrownBy(() -> shape("{ node(id: \"x\") { id } }", Map.of()).shape(Map.of("node", Map.of("id", "x"))))
                .as("an object of an interface without __typename").isInstanceOf(ResponseShape.Unshapeable.class);
        assertThatThrownBy(() -> shape("{ __schema { queryType { name } } }", Map.of())).isInstanceOf(ResponseShape.Unshapeable.class);
        assertThatThrownBy(() -> shape("{ count }", Map.of()).shape(Map.of())).as("a non-null root field missing")
                .isInstanceOf(ResponseShape.Unshapeable.class);
    }

    private static void sameAsGraphQLJava(String query, Map<String, Object> variables) {
        ExecutionResult expected = GraphQL.newGraphQL(SCHEMA).build()
                .execute(ExecutionInput.newExecutionInput(query).variables(variables).root(DATA).build());
        assertThat(expected.getErrors()).isEmpty();
        Map<String, Object> shaped = shape(query, variables).shape(DATA);
        assertThat(shaped).isEqualTo(expected.getData());
        assertThat(String.valueOf(shaped)).as("the order of the keys").isEqualTo(String.valueOf((Object) expected.getData()));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("data", expected.getData());
        try {
            assertThat(new String(shape(query, variables).json(DATA), java.nio.charset.StandardCharsets.UTF_8))
                    .as("the JSON the endpoint sends, byte for byte as Jackson writes graphql-java's response")
                    .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(response));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static ResponseShape shape(String query, Map<String, Object> variables) {
        Document document = Parser.parse(query);
        OperationDefinition operation = NodeUtil.getOperation(document, null).operationDefinition;
        return ResponseShape.of(SCHEMA, document, operation, variables);
    }

    private static Map<String, Object> claim(String id, int best, String side, String claimant) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("__typename", "Claim");
        claim.put("stated", "2025-02-01");
        claim.put("id", id);
        claim.put("best", (long) best); // JSON numbers arrive as they parse: Int serializes them
        claim.put("low", best);
        claim.put("side", side);
        claim.put("tags", List.of("a", "b"));
        claim.put("claimant", source(claimant));
        return claim;
    }

    private static Map<String, Object> source(String id) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("__typename", "Source");
        source.put("id", id);
        source.put("name", "Source " + id);
        source.put("kind", null);
        return source;
    }
}
