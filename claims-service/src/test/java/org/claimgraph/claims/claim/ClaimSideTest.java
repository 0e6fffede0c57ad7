package org.claimgraph.claims.claim;

import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.claims.SourcesFixture;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.claimgraph.localstack.testing.SqlStatementCounter;
import org.junit.jupiter.api.Test;

/**
 * {@code Claim.side}: the claimant's side towards the claim's subject, by the same rule estimates split by. The claims
 * are of captured civilians in 2011, which no other test's estimates count.
 */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class ClaimSideTest {

    static final String RECORD = "mutation($input: ClaimInput!) { recordClaim(input: $input) { id side } }";

    static Map<String, Object> input(String subject, String claimant, int best) {
        Map<String, Object> input = new HashMap<>(Map.of("documentId", SourcesFixture.document("Side report", "2011-05-01"),
                "claimantId", claimant, "subject", subject, "population", "CIVILIAN", "category", "CAPTURED",
                "qualifier", "EXACT", "best", best, "quote", best + " civilians were captured"));
        return input;
    }

    static String side(String subject, String claimant, int best) {
        return ok(RECORD, Map.of("input", input(subject, claimant, best))).getString("data.recordClaim.side");
    }

    @Test
    void theClaimantsAffiliationAgainstTheSubjectsBelligerentsGivesItsSide() {
        String kyiv = SourcesFixture.source("Side test ministry of Ukraine", "GOVERNMENT", "UA");
        String moscow = SourcesFixture.source("Side test ministry of Russia", "GOVERNMENT", "RU");
        String washington = SourcesFixture.source("Side test institute", "THINK_TANK", "US");
        String nobody = SourcesFixture.source("Side test reporter", "PERSON", null);

        assertEquals("OWN_SIDE", side("Ukraine", kyiv, 101));
        assertEquals("ADVERSARY", side("Ukraine", moscow, 102));
        assertEquals("THIRD_PARTY", side("Ukraine", washington, 103));
        assertEquals("THIRD_PARTY", side("Ukraine", nobody, 104), "no affiliation: a third party");
        assertEquals("ADVERSARY", side("Russia", kyiv, 105), "the same claimant is the adversary of the other side");
        assertEquals("OWN_SIDE", side("russia", moscow, 106), "the subject as filters compare it");
        assertEquals("THIRD_PARTY", side("Sideland " + UUID.randomUUID(), kyiv, 107), "a subject without belligerents has third parties only");

        // The estimates' split and the claims' sides agree, claimant by claimant.
        JsonPath estimates = ok("{ estimates(subject: \"Ukraine\", category: CAPTURED, population: CIVILIAN, asOf: \"2011-12-31\", first: 500) "
                + "{ bySide { side claimants } latest { side claimant { id } } } }", Map.of());
        List<String> sides = estimates.getList("data.estimates.latest.side");
        for (Map<?, ?> spread : estimates.<Map<?, ?>> getList("data.estimates.bySide")) {
            assertEquals(spread.get("claimants"), (int) sides.stream().filter(spread.get("side")::equals).count(),
                    "claimants of " + spread.get("side") + " among " + sides);
        }
        List<String> claimants = estimates.getList("data.estimates.latest.claimant.id");
        assertEquals("OWN_SIDE", sides.get(claimants.indexOf(kyiv)));
        assertEquals("ADVERSARY", sides.get(claimants.indexOf(moscow)));
        assertEquals("THIRD_PARTY", sides.get(claimants.indexOf(washington)));
    }

    @Test
    void theSidesOfAListAreOneSqlQuery() {
        String kyiv = SourcesFixture.source("Side test general staff", "MILITARY", "UA");
        for (String subject : List.of("Ukraine", "Russia", "Israel")) {
            side(subject, kyiv, 200);
        }
        String query = "query($id: ID) { claims(filter: { claimantId: $id }, orderBy: STATED_ON_ASC) { nodes { subject side } } }";
        try (SqlStatementCounter sql = SqlStatementCounter.start()) {
            JsonPath claims = ok(query, Map.of("id", kyiv));
            assertEquals(List.of("Ukraine", "Russia", "Israel").stream().sorted().toList(),
                    claims.<String> getList("data.claims.nodes.subject").stream().sorted().toList());
            Map<String, String> bySubject = new HashMap<>();
            for (Map<?, ?> node : claims.<Map<?, ?>> getList("data.claims.nodes")) {
                bySubject.put((String) node.get("subject"), (String) node.get("side"));
            }
            assertEquals(Map.of("Ukraine", "OWN_SIDE", "Russia", "ADVERSARY", "Israel", "THIRD_PARTY"), bySubject);
            assertEquals(2, sql.all().size(), "the page and the sides of all its claims: " + sql.statements());
        }
    }
}
