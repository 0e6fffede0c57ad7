package org.claimgraph.gateway.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimgraph.gateway.execution.ApiSchema;
import org.junit.jupiter.api.Test;

public class ComposerTest {

    static List<SubgraphSchema> checkedInSubgraphs() throws IOException {
        return List.of(
                new SubgraphSchema("claims", URI.create("http://claims/graphql"), Files.readString(Path.of("../claims-service/schema/schema.graphql"))),
                new SubgraphSchema("sources", URI.create("http://sources/graphql"), Files.readString(Path.of("../sources-service/schema/schema.graphql"))));
    }

    static Supergraph composeCheckedIn() throws IOException {
        return Composer.compose(checkedInSubgraphs(), ApiSchema::build);
    }

    @Test
    void placesEveryFieldInTheSubgraphThatResolvesIt() throws IOException {
        Supergraph supergraph = composeCheckedIn();

        assertThat(supergraph.placement("Query").subgraphsResolving("claims")).containsExactly("claims");
        assertThat(supergraph.placement("Query").subgraphsResolving("sources")).containsExactly("sources");
        assertThat(supergraph.placement("Claim").subgraphsResolving("claimant")).containsExactly("claims");
        assertThat(supergraph.placement("Source").subgraphsResolving("name")).containsExactly("sources");
        assertThat(supergraph.placement("Source").subgraphsResolving("claims")).containsExactly("claims");
        assertThat(supergraph.placement("Source").subgraphsResolving("id")).containsExactly("claims", "sources");
        assertThat(supergraph.placement("PageInfo").subgraphsResolving("hasNextPage")).containsExactly("claims", "sources");
        assertThat(supergraph.placement("Document").keysIn("sources")).hasSize(1);
        assertThat(supergraph.placement("Document").keysIn("claims")).hasSize(1);
    }

    @Test
    void apiSchemaHasNoFederationPlumbing() throws IOException {
        var schema = composeCheckedIn().apiSchema();

        assertThat(schema.getQueryType().getFieldDefinition("_entities")).isNull();
        assertThat(schema.getQueryType().getFieldDefinition("_service")).isNull();
        assertThat(schema.getType("_Entity")).isNull();
        assertThat(schema.getType("_Any")).isNull();
        assertThat(schema.getType("federation__FieldSet")).isNull();
        assertThat(schema.getType("link__Import")).isNull();
        assertThat(schema.getObjectType("Source").getFieldDefinition("name")).isNotNull();
        assertThat(schema.getObjectType("Source").getFieldDefinition("claims")).isNotNull();
        assertThat(schema.getMutationType().getFieldDefinition("ingestArticle")).isNotNull();
        assertThat(schema.getMutationType().getFieldDefinition("createSource")).isNotNull();
    }

    @Test
    void refusesAFieldTwoSubgraphsResolveWithoutShareable() {
        assertThatThrownBy(() -> compose(
                "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! title: String }",
                "type Query { b: Thing } type Thing @key(fields: \"id\") { id: ID! title: String }"))
                .isInstanceOf(CompositionException.class)
                .hasMessageContaining("Thing.title is resolved by [one, two] but is not @shareable in [one, two]");
    }

    @Test
    void refusesFieldsWhoseTypesDisagree() {
        assertThatThrownBy(() -> compose(
                "type Query { a: Thing } type Thing @key(fields: \"id\") @shareable { id: ID! size: Int }",
                "type Query { b: Thing } type Thing @key(fields: \"id\") @shareable { id: ID! size: String }"))
                .isInstanceOf(CompositionException.class).hasMessageContaining("Thing.size is Int in one but String in two");
    }

    @Test
    void refusesWhatThePlannerCannotDoAndListsEveryProblem() {
        assertThatThrownBy(() -> compose(
                "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! weight: Int @external cost: Int @requires(fields: \"weight\") } "
                        + "type Thing2 { x: Int }",
                "type Thing @key(fields: \"id\") { id: ID! weight: Int } union Thing2 = Thing"))
                .isInstanceOf(CompositionException.class)
                .hasMessageContaining("@requires is not supported")
                .hasMessageContaining("Thing2 is object in [one] but union in two");
    }

    @Test
    void overrideMovesAFieldAndInaccessibleHidesIt() {
        Supergraph supergraph = compose(
                "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! price: Int secret: String @inaccessible }",
                "type Thing @key(fields: \"id\") { id: ID! price: Int @override(from: \"one\") }");

        assertThat(supergraph.placement("Thing").subgraphsResolving("price")).containsExactly("two");
        assertThat(supergraph.apiSchema().getObjectType("Thing").getFieldDefinition("secret")).isNull();
        assertThat(supergraph.placement("Thing").subgraphsResolving("secret")).containsExactly("one");
    }

    @Test
    void reportsSdlThatDoesNotParseWithTheSubgraphName() {
        assertThatThrownBy(() -> compose("type Query { a: Int }", "type Query { b: "))
                .isInstanceOf(CompositionException.class).hasMessageContaining("subgraph two: its SDL does not parse");
    }

    private static final String LINK = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.7\", "
            + "import: [\"@key\", \"@shareable\", \"@external\", \"@requires\", \"@override\", \"@inaccessible\"]) ";

    public static Supergraph compose(String one, String two) {
        return Composer.compose(List.of(
                new SubgraphSchema("one", URI.create("http://one/graphql"), LINK + one),
                new SubgraphSchema("two", URI.create("http://two/graphql"), LINK + two)), ApiSchema::build);
    }
}
