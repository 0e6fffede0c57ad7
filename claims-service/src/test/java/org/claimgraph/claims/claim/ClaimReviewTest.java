package org.claimgraph.claims.claim;

import static io.restassured.RestAssured.given;
import static org.claimgraph.localstack.testing.GraphQLRequests.failing;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.claimgraph.localstack.testing.GraphQLRequests.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimgraph.claims.SourcesFixture;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.claimgraph.localstack.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Review, corrections and retractions of claims, their history, and what dashboards count afterwards. */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class ClaimReviewTest {

    static final String FIELDS = "{ id status version best low high subject scope claimant { id } "
            + "history { version action actor reason at changes { field before after } } }";
    static final String REVIEW = "mutation($id: ID!, $status: ClaimStatus!, $note: String, $version: Int) "
            + "{ reviewClaim(id: $id, status: $status, note: $note, version: $version) " + FIELDS + " }";
    static final String CORRECT = "mutation($id: ID!, $input: ClaimCorrection!, $reason: String, $version: Int) "
            + "{ correctClaim(id: $id, input: $input, reason: $reason, version: $version) " + FIELDS + " }";
    static final String RETRACT = "mutation($id: ID!, $reason: String!, $version: Int) "
            + "{ retractClaim(id: $id, reason: $reason, version: $version) " + FIELDS + " }";

    record Recorded(String id, String subject, String document, String claimant, Map<String, Object> input) {
    }

    static Recorded record(int best) {
        String subject = "Reviewland " + UUID.randomUUID();
        String document = SourcesFixture.document("Review report", "2025-04-01");
        String claimant = SourcesFixture.source();
        Map<String, Object> input = new HashMap<>(Map.of("documentId", document, "claimantId", claimant, "subject", subject,
                "population", "MILITARY", "category", "KILLED", "qualifier", "EXACT", "best", best,
                "quote", best + " soldiers were killed"));
        String id = ok("mutation($input: ClaimInput!) { recordClaim(input: $input) { id } }", Map.of("input", input))
                .getString("data.recordClaim.id");
        return new Recorded(id, subject, document, claimant, input);
    }

    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], pairs[i + 1]);
        }
        return variables;
    }

    static int estimateClaimants(String subject, boolean includeRejected) {
        return ok("query($s: String!, $r: Boolean!) { estimates(subject: $s, category: KILLED, population: MILITARY, "
                + "includeRejected: $r) { claimants } }", vars("s", subject, "r", includeRejected)).getInt("data.estimates.claimants");
    }

    @Test
    void confirmsAndRejectsWithHistoryAndDashboardsFollow() {
        Recorded claim = record(55000);
        JsonPath stored = ok("query($id: ID!) { claim(id: $id) " + FIELDS + " }", vars("id", claim.id()));
        assertEquals("UNREVIEWED", stored.getString("data.claim.status"));
        assertEquals(0, stored.getInt("data.claim.version"));
        assertEquals(List.of(), stored.getList("data.claim.history"));

        JsonPath confirmed = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", TestTokens.editor())
                .body(Map.of("query", REVIEW, "variables", vars("id", claim.id(), "status", "CONFIRMED", "version", 0)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(confirmed.get("errors"), confirmed.prettify());
        assertEquals("CONFIRMED", confirmed.getString("data.reviewClaim.status"));
        assertEquals(1, confirmed.getInt("data.reviewClaim.version"));
        assertEquals("test-editor", confirmed.getString("data.reviewClaim.history[0].actor"), "who the token names");
        assertEquals("REVIEWED", confirmed.getString("data.reviewClaim.history[0].action"));
        assertEquals(List.of(Map.of("field", "status", "before", "UNREVIEWED", "after", "CONFIRMED")),
                confirmed.getList("data.reviewClaim.history[0].changes"));
        assertEquals(1, estimateClaimants(claim.subject(), false));

        JsonPath noNote = failing(REVIEW, vars("id", claim.id(), "status", "REJECTED"));
        assertEquals("note", noNote.getString("errors[0].extensions.field"));
        assertEquals("BAD_USER_INPUT", noNote.getString("errors[0].extensions.code"));
        JsonPath rejected = ok(REVIEW, vars("id", claim.id(), "status", "REJECTED", "note", "a regional figure misread", "version", 1));
        assertEquals("REJECTED", rejected.getString("data.reviewClaim.status"));
        assertEquals("a regional figure misread", rejected.getString("data.reviewClaim.history[1].reason"));
        assertEquals(0, estimateClaimants(claim.subject(), false), "a rejected claim is left out of estimates");
        assertEquals(1, estimateClaimants(claim.subject(), true), "includeRejected brings it back");
        assertEquals(List.of(), ok("query($s: String!) { timeline(subject: $s, category: KILLED, population: MILITARY) { points { best } } }",
                vars("s", claim.subject())).getList("data.timeline"));
        assertEquals(List.of(claim.id()), ok("query($s: String!) { timeline(subject: $s, category: KILLED, population: MILITARY,"
                + " includeRejected: true) { points { claim { id } } } }", vars("s", claim.subject())).getList("data.timeline[0].points.claim.id"),
                "includeRejected brings it back to the timeline");
        assertEquals(List.of(claim.id()), ok("query($s: String) { claims(filter: { subject: $s, status: [REJECTED] }) { nodes { id } } }",
                vars("s", claim.subject())).getList("data.claims.nodes.id"));
        assertEquals(List.of(), ok("query($s: String) { claims(filter: { subject: $s, status: [UNREVIEWED, CONFIRMED] }) { nodes { id } } }",
                vars("s", claim.subject())).getList("data.claims.nodes.id"));

        JsonPath back = failing(REVIEW, vars("id", claim.id(), "status", "UNREVIEWED"));
        assertEquals("note", back.getString("errors[0].extensions.field"));
        assertEquals("CORRECTED", failing(REVIEW, vars("id", claim.id(), "status", "CORRECTED"))
                .getString("errors[0].extensions.field").replace("status", "CORRECTED"));
        assertEquals("NOT_FOUND", failing(REVIEW, vars("id", UUID.randomUUID().toString(), "status", "CONFIRMED"))
                .getString("errors[0].extensions.code"));

        String csv = given().queryParam("documentId", claim.document()).queryParam("status", "REJECTED").get("/export/claims.csv").asString();
        assertTrue(csv.contains(",REJECTED,2"), csv);
    }

    @Test
    void correctsAnyFieldCheckedLikeARecordingAndKeepsTheValuesBefore() {
        Recorded claim = record(55000);
        JsonPath broken = failing(CORRECT, vars("id", claim.id(), "input", Map.of("qualifier", "RANGE", "low", 600000, "high", 500000)));
        assertEquals("input.low", broken.getString("errors[0].extensions.field"));
        assertEquals("BAD_USER_INPUT", broken.getString("errors[0].extensions.code"));
        assertEquals("NOT_FOUND", failing(CORRECT, vars("id", claim.id(), "input", Map.of("claimantId", UUID.randomUUID().toString())))
                .getString("errors[0].extensions.code"));
        assertEquals("input", failing(CORRECT, vars("id", claim.id(), "input", Map.of("best", 55000)))
                .getString("errors[0].extensions.field"), "a correction that changes nothing is refused");

        JsonPath untouched = ok("query($id: ID!) { claim(id: $id) " + FIELDS + " }", vars("id", claim.id()));
        assertEquals(0, untouched.getInt("data.claim.version"), "nothing half-written");
        assertEquals(List.of(), untouched.getList("data.claim.history"));

        String otherClaimant = SourcesFixture.source();
        JsonPath corrected = ok(CORRECT, vars("id", claim.id(), "reason", "the ministry's figure, not the president's", "version", 0,
                "input", Map.of("best", 60000, "claimantId", otherClaimant, "scope", "Donetsk oblast")));
        assertEquals("CORRECTED", corrected.getString("data.correctClaim.status"));
        assertEquals(60000, corrected.getInt("data.correctClaim.low"));
        assertEquals(otherClaimant, corrected.getString("data.correctClaim.claimant.id"));
        assertEquals("Donetsk oblast", corrected.getString("data.correctClaim.scope"));
        List<Map<String, String>> changes = corrected.getList("data.correctClaim.history[0].changes");
        assertTrue(changes.contains(Map.of("field", "best", "before", "55000", "after", "60000")), changes.toString());
        assertTrue(changes.contains(Map.of("field", "claimantId", "before", claim.claimant(), "after", otherClaimant)), changes.toString());
        assertTrue(changes.contains(Map.of("field", "status", "before", "UNREVIEWED", "after", "CORRECTED")), changes.toString());
        Map<String, Object> scopeCleared = new HashMap<>();
        scopeCleared.put("field", "scope");
        scopeCleared.put("before", null);
        scopeCleared.put("after", "Donetsk oblast");
        assertTrue(changes.contains(scopeCleared), changes.toString());
        assertEquals(0, estimateClaimants(claim.subject(), false), "now a scoped figure");

        JsonPath national = ok(CORRECT, vars("id", claim.id(), "input", Map.of("clear", List.of("SCOPE")), "version", 1));
        assertNull(national.get("data.correctClaim.scope"));
        assertEquals(1, estimateClaimants(claim.subject(), false));

        JsonPath again = ok("mutation($input: ClaimInput!) { recordClaim(input: $input) { id status best } }", vars("input", claim.input()));
        assertEquals(claim.id(), again.getString("data.recordClaim.id"), "recording the misread claim again finds the corrected one");
        assertEquals(60000, again.getInt("data.recordClaim.best"));

        JsonPath stale = failing(CORRECT, vars("id", claim.id(), "input", Map.of("best", 61000), "version", 1));
        assertEquals("CONFLICT", stale.getString("errors[0].extensions.code"));
        assertEquals("version", stale.getString("errors[0].extensions.field"));
        assertTrue(stale.getString("errors[0].message").contains("version 2"), stale.getString("errors[0].message"));
    }

    @Test
    void aCorrectionBreakingLowBestHighWithTheStoredFiguresIsRefusedAndWritesNothing() {
        Recorded claim = record(40000);
        JsonPath range = ok(CORRECT, vars("id", claim.id(), "version", 0,
                "input", Map.of("qualifier", "RANGE", "low", 35000, "best", 40000, "high", 45000)));
        assertEquals(1, range.getInt("data.correctClaim.version"));
        // the figures go together (ClaimCorrection): best alone keeps the stored RANGE, which then lacks its bounds
        JsonPath bestAlone = failing(CORRECT, vars("id", claim.id(), "version", 1, "input", Map.of("best", 50000)));
        assertEquals("BAD_USER_INPUT", bestAlone.getString("errors[0].extensions.code"));
        assertEquals("input.low", bestAlone.getString("errors[0].extensions.field"));
        assertTrue(bestAlone.getString("errors[0].message").contains("RANGE needs low and high"), bestAlone.prettify());
        JsonPath aboveHigh = failing(CORRECT, vars("id", claim.id(), "version", 1, "input", Map.of("low", 35000, "best", 50000, "high", 45000)));
        assertEquals("BAD_USER_INPUT", aboveHigh.getString("errors[0].extensions.code"));
        assertEquals("input.best", aboveHigh.getString("errors[0].extensions.field"));
        assertTrue(aboveHigh.getString("errors[0].message").contains("50000 > 45000"), aboveHigh.prettify());
        JsonPath belowLow = failing(CORRECT, vars("id", claim.id(), "version", 1, "input", Map.of("low", 41000, "best", 40000, "high", 45000)));
        assertEquals("input.low", belowLow.getString("errors[0].extensions.field"));

        JsonPath untouched = ok("query($id: ID!) { claim(id: $id) " + FIELDS + " }", vars("id", claim.id()));
        assertEquals(List.of(35000, 40000, 45000), List.of(untouched.getInt("data.claim.low"), untouched.getInt("data.claim.best"),
                untouched.getInt("data.claim.high")));
        assertEquals(1, untouched.getInt("data.claim.version"), "nothing half-written");
        assertEquals(1, untouched.getList("data.claim.history").size());
    }

    @Test
    void unknownClaimsAreNotFoundOnIdForEveryChange() {
        String unknown = UUID.randomUUID().toString();
        for (JsonPath answer : List.of(failing(REVIEW, vars("id", unknown, "status", "CONFIRMED")),
                failing(CORRECT, vars("id", unknown, "input", Map.of("best", 1))),
                failing(RETRACT, vars("id", unknown, "reason", "withdrawn")))) {
            assertEquals("NOT_FOUND", answer.getString("errors[0].extensions.code"), answer.prettify());
            assertEquals("id", answer.getString("errors[0].extensions.field"), answer.prettify());
            assertTrue(answer.getString("errors[0].message").contains(unknown), answer.prettify());
        }
        JsonPath malformed = failing(RETRACT, vars("id", "not-an-id", "reason", "withdrawn"));
        assertEquals("BAD_USER_INPUT", malformed.getString("errors[0].extensions.code"));
        assertEquals("id", malformed.getString("errors[0].extensions.field"));
    }

    @Test
    void concurrentCorrectionsOfOneVersionLetOneWin() throws Exception {
        Recorded claim = record(1000);
        int rounds = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<JsonPath>> calls = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            int best = 2000 + i;
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return post(CORRECT, vars("id", claim.id(), "input", Map.of("best", best), "version", 0)).then().extract().jsonPath();
            }));
        }
        start.countDown();
        int won = 0;
        for (CompletableFuture<JsonPath> call : calls) {
            JsonPath answer = call.get();
            if (answer.get("errors") == null) {
                won++;
            } else {
                assertEquals("CONFLICT", answer.getString("errors[0].extensions.code"), answer.prettify());
                assertEquals("version", answer.getString("errors[0].extensions.field"), answer.prettify());
                assertTrue(answer.getString("errors[0].message").matches(".*version [01]\\b.*"), answer.prettify());
            }
        }
        assertEquals(1, won);
        JsonPath stored = ok("query($id: ID!) { claim(id: $id) " + FIELDS + " }", vars("id", claim.id()));
        assertEquals(1, stored.getInt("data.claim.version"));
        assertEquals(1, stored.getList("data.claim.history").size());
    }

    @Test
    void retractsWithAReasonAndNothingIsDeleted() throws Exception {
        Recorded claim = record(7000);
        assertEquals("reason", failing(RETRACT, vars("id", claim.id(), "reason", " ")).getString("errors[0].extensions.field"));
        JsonPath retracted = ok(RETRACT, vars("id", claim.id(), "reason", "the ministry withdrew the figure", "version", 0));
        assertEquals("RETRACTED", retracted.getString("data.retractClaim.status"));
        assertEquals("RETRACTED", retracted.getString("data.retractClaim.history[0].action"));
        assertEquals(0, estimateClaimants(claim.subject(), false));
        assertEquals(List.of(), ok("query($c: ID!, $s: String!) { revisions(claimantId: $c, subject: $s, category: KILLED) { figure } }",
                vars("c", claim.claimant(), "s", claim.subject())).getList("data.revisions"));
        assertEquals(List.of(7000), ok("query($c: ID!, $s: String!) { revisions(claimantId: $c, subject: $s, category: KILLED, includeRejected: true) { figure } }",
                vars("c", claim.claimant(), "s", claim.subject())).getList("data.revisions.figure"));
        assertEquals("id", failing(CORRECT, vars("id", claim.id(), "input", Map.of("best", 7100))).getString("errors[0].extensions.field"));
        assertEquals("id", failing(RETRACT, vars("id", claim.id(), "reason", "again")).getString("errors[0].extensions.field"));
        // back from RETRACTED only with a note saying why; refused, it changes nothing
        JsonPath withoutNote = failing(REVIEW, vars("id", claim.id(), "status", "UNREVIEWED", "version", 1));
        assertEquals("BAD_USER_INPUT", withoutNote.getString("errors[0].extensions.code"));
        assertEquals("note", withoutNote.getString("errors[0].extensions.field"));
        assertTrue(withoutNote.getString("errors[0].message").contains("RETRACTED"), withoutNote.prettify());
        JsonPath stillRetracted = ok("query($id: ID!) { claim(id: $id) " + FIELDS + " }", vars("id", claim.id()));
        assertEquals("RETRACTED", stillRetracted.getString("data.claim.status"));
        assertEquals(1, stillRetracted.getInt("data.claim.version"));
        JsonPath restored = ok(REVIEW, vars("id", claim.id(), "status", "UNREVIEWED", "note", "retracted by mistake"));
        assertEquals("UNREVIEWED", restored.getString("data.reviewClaim.status"));
        assertEquals(2, restored.getList("data.reviewClaim.history").size());

        String csv = given().queryParam("documentId", claim.document()).get("/export/claims.csv").asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals("UNREVIEWED", rows.get(0).get("status"));
        assertEquals("2", rows.get(0).get("version"));
    }
}
