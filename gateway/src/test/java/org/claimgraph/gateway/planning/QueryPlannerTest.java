package org.claimgraph.gateway.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.parser.Parser;
import org.claimgraph.gateway.composition.Composer;
import org.claimgraph.gateway.composition.SubgraphSchema;
import org.claimgraph.gateway.composition.Supergraph;
import org.claimgraph.gateway.execution.ApiSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plans over the checked-in subgraph schemas: which requests a query costs and what each one asks. */
class QueryPlannerTest {

    private static QueryPlanner planner;

    @BeforeAll
    static void compose() throws IOException {
        Supergraph supergraph = Composer.compose(List.of(
                new SubgraphSchema("claims", URI.create("http://claims/graphql"), Files.readString(Path.of("../claims-service/schema/schema.graphql"))),
                new SubgraphSchema("sources", URI.create("http://sources/graphql"), Files.readString(Path.of("../sources-service/schema/schema.graphql")))),
                ApiSchema::build);
        planner = new QueryPlanner(supergraph);
    }

    private static QueryPlan plan(String query, Map<String, Object> variables) {
        Document document = Parser.parse(query);
        return planner.plan(document, NodeUtil.getOperation(document, null).operationDefinition, variables);
    }

    @Test
    void oneSubgraphQueryIsOneRequestAskingExactlyWhatWasSelected() {
        QueryPlan plan = plan("{ claims(first: 5) { nodes { id best } } }", Map.of());

        assertThat(plan.requestCount()).isEqualTo(1);
        assertThat(plan.rootFetches().get(0).subgraph()).isEqualTo("claims");
        assertThat(plan.rootFetches().get(0).selectionText()).isEqualTo("{claims(first:5){nodes{id best}}}");
    }

    @Test
    void claimantsAndDocumentsOfManyClaimsCostOneEntitiesRequest() {
        QueryPlan plan = plan("{ claims(first: 200) { nodes { best claimant { name } document { title } } } }", Map.of());

        assertThat(plan.requestCount()).isEqualTo(2);
        assertThat(plan.levels()).hasSize(1);
        EntityBatch batch = plan.levels().get(0).get(0);
        assertThat(batch.subgraph()).isEqualTo("sources");
        assertThat(batch.fields()).hasSize(1);
        assertThat(batch.query()).isEqualTo(
                "query($_cg_r0:[_Any!]!){_cg_e0:_entities(representations:$_cg_r0){...on Source{name} ...on Document{title}}}");
        assertThat(plan.rootFetches().get(0).selectionText()).isEqualTo(
                "{claims(first:200){nodes{best claimant{__typename _cg_key_id:id}document{__typename _cg_key_id:id}}}}");
    }

    @Test
    void sameTypeWithDifferentSelectionsGetsItsOwnEntitiesFieldInTheSameRequest() {
        QueryPlan plan = plan("{ claims { nodes { claimant { name } document { title } } } "
                + "again: claims { nodes { claimant { kind } } } }", Map.of());

        List<EntityBatch> second = plan.levels().get(0);
        assertThat(second).hasSize(1);
        assertThat(second.get(0).subgraph()).isEqualTo("sources");
        assertThat(second.get(0).fields()).hasSize(2);
    }

    @Test
    void nestedHopsGoLevelByLevelAndRootFieldsOfTwoSubgraphsRunSideBySide() {
        QueryPlan plan = plan("{ sources(first: 2) { nodes { name claims { nodes { best document { title outlet { name } } } } } } "
                + "claims(first: 1) { nodes { id } } }", Map.of());

        assertThat(plan.rootFetches()).extracting(Fetch::subgraph).containsExactly("sources", "claims");
        assertThat(plan.levels()).hasSize(2);
        assertThat(plan.levels().get(0)).extracting(EntityBatch::subgraph).containsExactly("claims");
        assertThat(plan.levels().get(1)).extracting(EntityBatch::subgraph).containsExactly("sources");
        assertThat(plan.levels().get(1).get(0).query()).contains("...on Document{title outlet{name}}");
    }

    @Test
    void fragmentsAliasesAndSkipAreResolvedBeforeSendingAndVariablesAreForwarded() {
        QueryPlan plan = plan("query($n: Int, $kind: Boolean!) { top: claims(first: $n) { nodes { ...C } } } "
                + "fragment C on Claim { figure: best claimant { name kind @include(if: $kind) } }", Map.of("kind", false));

        assertThat(plan.rootFetches().get(0).selectionText())
                .isEqualTo("query ($n:Int){top:claims(first:$n){nodes{figure:best claimant{__typename _cg_key_id:id}}}}");
        assertThat(plan.levels().get(0).get(0).query()).contains("...on Source{name}").doesNotContain("kind");
    }

    @Test
    void conditionsUseVariableDefaults() {
        QueryPlan plan = plan("query($withQuote: Boolean = true) { claims { nodes { quote @include(if: $withQuote) } } }", Map.of());

        assertThat(plan.rootFetches().get(0).selectionText()).isEqualTo("{claims{nodes{quote}}}");
    }

    @Test
    void mutationsKeepTheirOrder() {
        QueryPlan plan = plan("mutation { a: createSource(input: {name: \"A\"}) { id } b: recordClaim(input: {claimantId: \"x\", "
                + "documentId: \"y\", subject: \"s\", population: ALL, category: KILLED, qualifier: EXACT, quote: \"q\"}) { id } "
                + "c: createSource(input: {name: \"C\"}) { id } }", Map.of());

        assertThat(plan.rootFetches()).extracting(Fetch::subgraph).containsExactly("sources", "claims", "sources");
    }

    @Test
    void fetchesUnderDifferentTypesOfAUnionStayApart() {
        QueryPlanner union = new QueryPlanner(org.claimgraph.gateway.composition.ComposerTest.compose(
                "type Query { search: [Item] } union Item = Book | Movie "
                        + "type Book @key(fields: \"id\") { id: ID! related: Product } type Movie @key(fields: \"id\") { id: ID! related: Product } "
                        + "type Product @key(fields: \"id\") { id: ID! }",
                "type Product @key(fields: \"id\") { id: ID! reviews(first: Int): [String] }"));
        Document document = Parser.parse("{ search { ... on Book { related { r: reviews(first: 1) } } ... on Movie { related { r: reviews(first: 5) } } } }");
        QueryPlan plan = union.plan(document, NodeUtil.getOperation(document, null).operationDefinition, Map.of());

        EntityBatch batch = plan.levels().get(0).get(0);
        assertThat(batch.fields()).hasSize(2);
        assertThat(batch.query()).contains("r:reviews(first:1)").contains("r:reviews(first:5)");
        assertThat(batch.fields()).flatExtracting(EntityBatch.EntitiesField::fetches).extracting(Fetch::path)
                .containsExactly(List.of("search", "... on Book", "related"), List.of("search", "... on Movie", "related"));
    }

    @Test
    void aSelectionLeftEmptyBySkipAsksForTypename() {
        QueryPlan plan = plan("{ claims { nodes { quote @skip(if: true) } } }", Map.of());

        assertThat(plan.rootFetches().get(0).selectionText()).isEqualTo("{claims{nodes{__typename}}}");
    }

    @Test
    void mutationsCompleteEachResultBeforeTheNextMutation() {
        QueryPlan plan = plan("mutation { a: recordClaim(input: {claimantId: \"x\", documentId: \"y\", subject: \"s\", population: ALL, "
                + "category: KILLED, qualifier: EXACT, quote: \"q\"}) { claimant { name } } b: createSource(input: {name: \"B\"}) { id } }",
                Map.of());

        assertThat(plan.steps()).hasSize(2);
        assertThat(plan.steps().get(0).levels()).hasSize(1);
        assertThat(plan.steps().get(1).rootFetches()).extracting(Fetch::subgraph).containsExactly("sources");
    }

    @Test
    void abstractSelectionsThatWouldExplodeAreRefused() {
        QueryPlanner nodes = new QueryPlanner(org.claimgraph.gateway.composition.ComposerTest.compose(
                "type Query { roots: [Node] } interface Node { id: ID! kids: [Node] } type A implements Node { id: ID! kids: [Node] } "
                        + "type B implements Node { id: ID! kids: [Node] } type C implements Node { id: ID! kids: [Node] } "
                        + "type D implements Node { id: ID! kids: [Node] }",
                "type Other { x: Int }"));
        // 9 levels of kids, each split over 4 types: 4^9 fields if nothing stopped it
        String query = "{ roots { id " + "kids { id ".repeat(9) + "}".repeat(9) + " } }";
        Document document = Parser.parse(query);

        assertThatThrownBy(() -> nodes.plan(document, NodeUtil.getOperation(document, null).operationDefinition, Map.of()))
                .isInstanceOf(PlanningException.class).hasMessageContaining("expands to more than 20000 fields");
    }

    @Test
    void subscriptionsAreRefused() {
        assertThatThrownBy(() -> plan("subscription { claims { nodes { id } } }", Map.of()))
                .isInstanceOf(PlanningException.class).hasMessageContaining("subscriptions are not supported");
    }
}
