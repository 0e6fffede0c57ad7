package org.claimgraph.gateway.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.parser.Parser;
import org.claimgraph.gateway.composition.Supergraph;
import org.claimgraph.gateway.composition.SupergraphFile;
import org.claimgraph.gateway.execution.ApiSchema;
import org.claimgraph.gateway.planning.QueryPlan;
import org.claimgraph.gateway.planning.QueryPlanner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fields that the subgraph holding their parent cannot reach in one entity fetch. A library lists its books by ISBN;
 * reviews know a book only by the catalog's id, which the catalog gives for an ISBN: the gateway asks the catalog for
 * the id first and reviews one level later. A product's location is a value type (no key) whose aisle the warehouse
 * knows and whose floor the floor plan knows: each part comes from an entity fetch of the product in its subgraph.
 * Where several subgraphs could serve a field, the one that takes the fewest entity fetches is asked.
 */
class EntityHopsTest {

    static final String LIBRARY = """
            enum join__Graph {
              LIBRARY @join__graph(name: "library", url: "http://library")
              CATALOG @join__graph(name: "catalog", url: "http://catalog")
              REVIEWS @join__graph(name: "reviews", url: "http://reviews")
            }
            type Query @join__type(graph: LIBRARY) @join__type(graph: CATALOG) @join__type(graph: REVIEWS) {
              shelf: [Book] @join__field(graph: LIBRARY)
            }
            type Book @join__type(graph: LIBRARY, key: "isbn") @join__type(graph: CATALOG, key: "isbn")
                @join__type(graph: CATALOG, key: "id") @join__type(graph: REVIEWS, key: "id") {
              isbn: ID! @join__field(graph: LIBRARY) @join__field(graph: CATALOG)
              id: ID! @join__field(graph: CATALOG) @join__field(graph: REVIEWS)
              rating: Int @join__field(graph: REVIEWS)
            }
            """;

    static final String WAREHOUSE = """
            enum join__Graph {
              WAREHOUSE @join__graph(name: "warehouse", url: "http://warehouse")
              FLOORPLAN @join__graph(name: "floorplan", url: "http://floorplan")
            }
            type Query @join__type(graph: WAREHOUSE) @join__type(graph: FLOORPLAN) {
              products: [Product] @join__field(graph: WAREHOUSE)
            }
            type Product @join__type(graph: WAREHOUSE, key: "sku") @join__type(graph: FLOORPLAN, key: "sku") {
              sku: ID!
              location: Location
            }
            type Location @join__type(graph: WAREHOUSE) @join__type(graph: FLOORPLAN) {
              aisle: Int @join__field(graph: WAREHOUSE)
              floor: String @join__field(graph: FLOORPLAN)
            }
            """;

    static final String SHOWCASE = """
            enum join__Graph {
              STORE @join__graph(name: "store", url: "http://store")
              SHOWCASE @join__graph(name: "showcase", url: "http://showcase")
              DETAILS @join__graph(name: "details", url: "http://details")
            }
            type Query @join__type(graph: STORE) @join__type(graph: SHOWCASE) @join__type(graph: DETAILS) {
              featured: Product @join__field(graph: STORE) @join__field(graph: SHOWCASE, provides: "name")
            }
            type Product @join__type(graph: STORE, key: "id") @join__type(graph: SHOWCASE, key: "id") @join__type(graph: DETAILS, key: "id") {
              id: ID!
              name: String @join__field(graph: DETAILS) @join__field(graph: SHOWCASE, external: true)
            }
            """;

    private final SeenRepresentations representations = new SeenRepresentations();
    private FederatedGraph graph;

    @AfterEach
    void stop() {
        if (graph != null) {
            graph.close();
        }
    }

    private void library() throws Exception {
        Map<String, TinySubgraph> subgraphs = new LinkedHashMap<>();
        subgraphs.put("library", new TinySubgraph("type Query { shelf: [Book] } type Book { isbn: ID! }", List.of("Book"),
                Map.of("shelf", List.of(Map.of("__typename", "Book", "isbn", "978-1"), Map.of("__typename", "Book", "isbn", "978-2"),
                        Map.of("__typename", "Book", "isbn", "978-9"))), r -> null));
        Map<String, String> catalogIds = Map.of("978-1", "b1", "978-2", "b2"); // 978-9 is not catalogued
        subgraphs.put("catalog", new TinySubgraph("type Query { x: Int } type Book { isbn: ID! id: ID! }", List.of("Book"), Map.of(),
                r -> representations.seen("catalog", r, catalogIds.containsKey(r.get("isbn"))
                        ? Map.of("__typename", "Book", "isbn", r.get("isbn"), "id", catalogIds.get(r.get("isbn"))) : null)));
        subgraphs.put("reviews", new TinySubgraph("type Query { x: Int } type Book { id: ID! rating: Int }", List.of("Book"), Map.of(),
                r -> representations.seen("reviews", r, Map.of("__typename", "Book", "id", r.get("id"), "rating", r.get("id").equals("b1") ? 4 : 2))));
        graph = new FederatedGraph(LIBRARY, subgraphs);
    }

    @Test
    void aKeyTheParentsSubgraphLacksIsFetchedFromAThirdSubgraphOneLevelEarlier() throws Exception {
        library();

        QueryPlan plan = graph.execution.explain("{ shelf { isbn rating } }", null, Map.of());
        assertThat(plan.levels().stream().map(level -> level.get(0).subgraph()).toList()).containsExactly("catalog", "reviews");

        assertThat(graph.answer("{ shelf { isbn rating } }")).isEqualTo("{\"data\":{\"shelf\":[{\"isbn\":\"978-1\",\"rating\":4},"
                + "{\"isbn\":\"978-2\",\"rating\":2},{\"isbn\":\"978-9\",\"rating\":null}]}}");
        assertThat(representations.get("reviews")).as("a book without a catalog id is not asked for")
                .containsExactly(Map.of("__typename", "Book", "id", "b1"), Map.of("__typename", "Book", "id", "b2"));
    }

    @Test
    void theFieldsOfAValueTypeComeFromTheEntityFetchesOfItsParentInEachSubgraph() throws Exception {
        Map<String, TinySubgraph> subgraphs = new LinkedHashMap<>();
        subgraphs.put("warehouse", new TinySubgraph("type Query { products: [Product] } type Product { sku: ID! location: Location } "
                + "type Location { aisle: Int }", List.of("Product"), Map.of("products", List.of(
                        Map.of("__typename", "Product", "sku", "k1", "location", Map.of("aisle", 7)))), r -> null));
        subgraphs.put("floorplan", new TinySubgraph("type Query { x: Int } type Product { sku: ID! location: Location } "
                + "type Location { floor: String }", List.of("Product"), Map.of(),
                r -> representations.seen("floorplan", r, Map.of("__typename", "Product", "sku", r.get("sku"), "location", Map.of("floor", "mezzanine")))));
        graph = new FederatedGraph(WAREHOUSE, subgraphs);

        assertThat(graph.answer("{ products { sku location { aisle floor } } }"))
                .isEqualTo("{\"data\":{\"products\":[{\"sku\":\"k1\",\"location\":{\"aisle\":7,\"floor\":\"mezzanine\"}}]}}");
        assertThat(representations.get("floorplan")).containsExactly(Map.of("__typename", "Product", "sku", "k1"));
        assertThat(subgraphs.get("floorplan").queries).singleElement().asString().contains("...on Product{location{floor}}");
        assertThat(subgraphs.get("warehouse").queries).singleElement().asString().doesNotContain("floor");
    }

    @Test
    void ofTwoSubgraphsServingARootFieldTheOneThatNeedsNoEntityFetchIsAsked() {
        Supergraph supergraph = SupergraphFile.read(SHOWCASE, Map.of(), ApiSchema::build);
        Document query = Parser.parse("{ featured { id name } }");

        QueryPlan plan = new QueryPlanner(supergraph).plan(query, NodeUtil.getOperation(query, null).operationDefinition, Map.of());

        assertThat(plan.requestCount()).isEqualTo(1);
        assertThat(plan.rootFetches().get(0).subgraph()).isEqualTo("showcase");
    }
}
