package org.claimgraph.gateway.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.language.AstPrinter;
import org.claimgraph.gateway.execution.ApiSchema;
import org.claimgraph.localstack.testing.FederationTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Apollo's composer as the oracle for ours: the supergraph file {@code @apollo/composition} writes for the checked-in
 * subgraph SDLs, read by {@link SupergraphFile}, must place every field and key exactly where {@link Composer} does
 * and give the same API schema.
 */
class SupergraphFileTest {

    private static Supergraph fromApollo;
    private static Supergraph ours;

    @BeforeAll
    static void composeBothWays() throws Exception {
        Map<String, Path> sdls = new LinkedHashMap<>();
        sdls.put("claims", Path.of("../claims-service/schema/schema.graphql"));
        sdls.put("sources", Path.of("../sources-service/schema/schema.graphql"));
        Path file = FederationTools.composeSupergraph(Path.of("..").toAbsolutePath().normalize(), sdls,
                Path.of("target/apollo-supergraph.graphql"));
        fromApollo = SupergraphFile.read(Files.readString(file), Map.of(), ApiSchema::build);
        ours = ComposerTest.composeCheckedIn();
    }

    @Test
    void placesEveryTypeFieldAndKeyAsOurComposerDoes() {
        assertThat(fromApollo.placements().keySet()).containsExactlyInAnyOrderElementsOf(ours.placements().keySet());
        for (TypePlacement apollo : fromApollo.placements().values()) {
            TypePlacement mine = ours.placement(apollo.name());
            assertThat(apollo.subgraphs()).as(apollo.name() + " subgraphs").isEqualTo(mine.subgraphs());
            assertThat(apollo.fieldSubgraphs()).as(apollo.name() + " fields").isEqualTo(mine.fieldSubgraphs());
            assertThat(printedKeys(apollo)).as(apollo.name() + " keys").isEqualTo(printedKeys(mine));
        }
    }

    @Test
    void givesTheSameApiSchema() {
        // graphql-js prints the Float default 1.0 as 1: the same value
        assertThat(fromApollo.printedApiSchema()).isEqualTo(ours.printedApiSchema().replace("Float = 1.0", "Float = 1"));
    }

    @Test
    void takesSubgraphUrlsFromTheFileUnlessConfigured() throws Exception {
        String file = Files.readString(Path.of("target/apollo-supergraph.graphql"));
        Supergraph supergraph = SupergraphFile.read(file, Map.of("claims", URI.create("http://claims.internal/graphql")), ApiSchema::build);
        assertThat(supergraph.subgraphUrls()).containsExactly(Map.entry("claims", URI.create("http://claims.internal/graphql")),
                Map.entry("sources", URI.create("http://localhost/sources/graphql")));
    }

    @Test
    void refusesAFileThatIsNotASupergraph() {
        assertThatThrownBy(() -> SupergraphFile.read("type Query { a: Int }", Map.of(), ApiSchema::build))
                .isInstanceOf(CompositionException.class).hasMessageContaining("no join__Graph enum");
    }

    private static Map<String, String> printedKeys(TypePlacement placement) {
        Map<String, String> keys = new java.util.TreeMap<>();
        placement.keys().forEach((subgraph, sets) -> keys.put(subgraph, sets.stream().map(AstPrinter::printAstCompact).toList().toString()));
        return keys;
    }
}
