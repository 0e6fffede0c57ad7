package org.claimgraph.gateway.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @provides} saves a hop: the shop returns its featured product's name itself, though the catalog owns it.
 * And a union is not the same in every subgraph: the shop's {@code Media} has books only, so the shop is never sent a
 * fragment on {@code Song}, which it would reject; where its field returns a {@code Book} where the supergraph says
 * {@code Media}, it is asked for the book's fields as they are.
 */
class ProvidesAndUnionMembersTest {

    static final String SUPERGRAPH = """
            enum join__Graph {
              SHOP @join__graph(name: "shop", url: "http://shop")
              CATALOG @join__graph(name: "catalog", url: "http://catalog")
            }
            type Query @join__type(graph: SHOP) @join__type(graph: CATALOG) {
              featured: Product @join__field(graph: SHOP, provides: "name")
              media: [Media] @join__field(graph: SHOP)
              bestseller: Media @join__field(graph: SHOP, type: "Book")
            }
            type Product @join__type(graph: SHOP, key: "id") @join__type(graph: CATALOG, key: "id") {
              id: ID!
              name: String @join__field(graph: CATALOG) @join__field(graph: SHOP, external: true)
              description: String @join__field(graph: CATALOG)
            }
            union Media @join__type(graph: SHOP) @join__type(graph: CATALOG) @join__unionMember(graph: SHOP, member: "Book")
                @join__unionMember(graph: CATALOG, member: "Book") @join__unionMember(graph: CATALOG, member: "Song") = Book | Song
            type Book @join__type(graph: SHOP) @join__type(graph: CATALOG) {
              title: String
            }
            type Song @join__type(graph: CATALOG) {
              title: String
            }
            """;

    private TinySubgraph shop;
    private TinySubgraph catalog;
    private FederatedGraph graph;

    @BeforeEach
    void start() throws Exception {
        shop = new TinySubgraph("type Query { featured: Product media: [Media] bestseller: Book } type Product { id: ID! name: String } "
                + "union Media = Book type Book { title: String }", List.of("Product"),
                Map.of("featured", Map.of("__typename", "Product", "id", "p1", "name", "Teapot"),
                        "media", List.of(Map.of("__typename", "Book", "title", "Tea")),
                        "bestseller", Map.of("__typename", "Book", "title", "Tea")), r -> null);
        catalog = new TinySubgraph("type Query { x: Int } type Product { id: ID! name: String description: String } "
                + "union Media = Book | Song type Book { title: String } type Song { title: String }", List.of("Product"), Map.of(),
                r -> Map.of("__typename", "Product", "id", r.get("id"), "name", "Teapot", "description", "holds tea"));
        Map<String, TinySubgraph> subgraphs = new LinkedHashMap<>();
        subgraphs.put("shop", shop);
        subgraphs.put("catalog", catalog);
        graph = new FederatedGraph(SUPERGRAPH, subgraphs);
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void aProvidedFieldComesWithItsParentAndOnlyWhatIsNotProvidedHops() throws Exception {
        assertThat(graph.answer("{ featured { name } }")).isEqualTo("{\"data\":{\"featured\":{\"name\":\"Teapot\"}}}");
        assertThat(catalog.queries).isEmpty();

        assertThat(graph.answer("{ featured { name description } }")).isEqualTo(
                "{\"data\":{\"featured\":{\"name\":\"Teapot\",\"description\":\"holds tea\"}}}");
        assertThat(catalog.queries).hasSize(1);
        assertThat(catalog.queries.get(0)).contains("description").doesNotContain("name}");
    }

    @Test
    void aSubgraphIsAskedOnlyForTheUnionMembersItHas() throws Exception {
        assertThat(graph.answer("{ media { ... on Book { title } ... on Song { title } } }")).isEqualTo(
                "{\"data\":{\"media\":[{\"title\":\"Tea\"}]}}");
        assertThat(shop.queries).singleElement().asString().contains("...on Book{title}").doesNotContain("Song");
    }

    @Test
    void aFieldThatReturnsOneMemberInASubgraphIsAskedForThatMembersFields() throws Exception {
        assertThat(graph.answer("{ bestseller { __typename ... on Book { title } ... on Song { title } } }")).isEqualTo(
                "{\"data\":{\"bestseller\":{\"__typename\":\"Book\",\"title\":\"Tea\"}}}");
        assertThat(shop.queries).singleElement().asString().contains("bestseller{__typename title}");
    }
}
