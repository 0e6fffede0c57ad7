package org.claimgraph.claims.sourcefeed;

import static io.restassured.RestAssured.given;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimgraph.claims.SourcesFixture;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.claimgraph.localstack.testing.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Edits made in sources-service (a real process, over HTTP) reach claims-service's copies: estimates and exports show
 * a renamed claimant, a merged source's claims under the source kept, a document's new date; and an edit made while
 * claims-service could not read it, with sources-service down afterwards, arrives once sources-service is back.
 * The first test's claims are stated in 1994, which no other test uses, so its estimates count its claims only.
 */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
@TestProfile(SourceEditsFollowTest.FollowingTheFeed.class)
class SourceEditsFollowTest {

    /** The feed is followed, polled often (the other tests leave it off: they count a request's SQL statements). */
    public static class FollowingTheFeed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // with an editor's token, so that the positions applied are acknowledged (sources-service prunes by them)
            return Map.of("claimgraph.sources-feed.enabled", "true", "claimgraph.sources-feed.poll-interval", "200ms",
                    "claimgraph.sources-feed.max-retry-interval", "1s", "claimgraph.sources-feed.authorization", TestTokens.editor());
        }
    }

    static final String RECORD = "mutation($input: ClaimInput!) { recordClaim(input: $input) { id claimant { id } } }";
    static final String ESTIMATES = "{ estimates(subject: \"Ukraine\", category: KILLED, population: MILITARY, asOf: \"1994-12-31\","
            + " first: 100) { claimants bySide { side claimants } latest { claimant { id } } } }";
    static final Duration CONVERGENCE = Duration.ofSeconds(20);

    static String recordClaim(String documentId, String claimantId, int best) {
        Map<String, Object> input = new HashMap<>(Map.of("documentId", documentId, "claimantId", claimantId, "subject", "Ukraine",
                "population", "MILITARY", "category", "KILLED", "qualifier", "EXACT", "best", best,
                "quote", best + " soldiers were killed, the statement said."));
        return ok(RECORD, Map.of("input", input)).getString("data.recordClaim.id");
    }

    /** An edit in sources-service, as an editor. */
    static JsonPath editSources(String query, Map<String, Object> variables) {
        JsonPath json = given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization", TestTokens.editor())
                .body(Map.of("query", query, "variables", variables)).post(SourcesServiceTestResource.sourcesGraphQL())
                .then().statusCode(200).extract().jsonPath();
        Object errors = json.get("errors");
        assertNull(errors, json.prettify());
        return json;
    }

    static void updateSource(String id, Map<String, Object> input) {
        editSources("mutation($id: ID!, $input: SourceUpdate!) { updateSource(id: $id, input: $input) { version } }",
                Map.of("id", id, "input", input));
    }

    static List<CSVRecord> csv(String parameter, String value) {
        String body = given().queryParam(parameter, value).get("/export/claims.csv").then().statusCode(200).extract().asString();
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static String recordClaim(String documentId, String claimantId, int best, String quote) {
        Map<String, Object> input = new HashMap<>(Map.of("documentId", documentId, "claimantId", claimantId, "subject", "Ukraine",
                "population", "MILITARY", "category", "KILLED", "qualifier", "EXACT", "best", best, "quote", quote));
        return ok(RECORD, Map.of("input", input)).getString("data.recordClaim.id");
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class),
                ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class));
    }

    static String queryOne(String sql, String parameter) {
        try (Connection database = database(); var statement = database.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setObject(1, java.util.UUID.fromString(parameter));
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    static Map<String, Integer> sides() {
        Map<String, Integer> sides = new HashMap<>();
        JsonPath estimates = ok(ESTIMATES);
        List<String> names = estimates.getList("data.estimates.bySide.side");
        List<Integer> counts = estimates.getList("data.estimates.bySide.claimants");
        for (int i = 0; i < names.size(); i++) {
            sides.put(names.get(i), counts.get(i));
        }
        sides.put("ALL", estimates.getInt("data.estimates.claimants"));
        return sides;
    }

    /** Waits until {@code condition} holds; fails with what was last seen. */
    static void eventually(String what, Supplier<Object> seen, java.util.function.Predicate<Object> condition) {
        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        Object last = null;
        while (System.nanoTime() < deadline) {
            last = seen.get();
            if (condition.test(last)) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError(what + " within " + CONVERGENCE + "; last seen: " + last);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Test
    void aRenamedClaimantAndAMergedSourceShowInEstimatesAndExports() {
        String ministry = SourcesFixture.source("Ministry of Defence of Ukriane", "OTHER", null); // misspelt, no affiliation
        String armedForces = SourcesFixture.source("Armed Forces of Ukraine", "MILITARY", "UA");
        String generalStaff = SourcesFixture.source("General Staff of Ukraine", "MILITARY", "UA");
        String firstReport = SourcesFixture.document("Ministry report", "1994-05-01");
        recordClaim(firstReport, ministry, 1000);
        String mergedClaim = recordClaim(SourcesFixture.document("Forces report", "1994-06-01"), armedForces, 2000);
        recordClaim(SourcesFixture.document("Staff report", "1994-07-01"), generalStaff, 3000);
        assertEquals(Map.of("ALL", 3, "OWN_SIDE", 2, "THIRD_PARTY", 1), without0(sides()));

        String fixedName = SourcesFixture.sourceName(ministry).replace("Ukriane", "Ukraine");
        updateSource(ministry, Map.of("name", fixedName, "kind", "GOVERNMENT", "affiliation", "UA"));
        editSources("mutation($keep: ID!, $merge: ID!) { mergeSources(keepId: $keep, mergeId: $merge, reason: \"one body\") { id } }",
                Map.of("keep", generalStaff, "merge", armedForces));
        editSources("mutation($id: ID!) { updateDocument(id: $id, input: {publishedOn: \"1994-03-15\"}) { version } }",
                Map.of("id", firstReport));

        // the merged source's claim counts under the source kept; the ministry is on its own side now
        eventually("estimates count the kept source once and the ministry as own side", SourceEditsFollowTest::sides,
                seen -> without0((Map<String, Integer>) seen).equals(Map.of("ALL", 2, "OWN_SIDE", 2)));
        eventually("the CSV names the renamed claimant", () -> csv("claimantId", ministry).get(0).toMap(),
                seen -> ((Map<?, ?>) seen).get("claimant").equals(fixedName));
        CSVRecord renamed = csv("claimantId", ministry).get(0);
        assertEquals("GOVERNMENT", renamed.get("claimant_kind"));
        assertEquals("UA", renamed.get("claimant_affiliation"));
        eventually("the document's claims count from its new date", () -> renamed.get("stated_on").equals("1994-03-15")
                ? "1994-03-15" : csv("claimantId", ministry).get(0).get("stated_on"), "1994-03-15"::equals);

        List<CSVRecord> kept = csv("claimantId", generalStaff);
        assertEquals(List.of("2000", "3000"), kept.stream().map(r -> r.get("best")).sorted().toList());
        assertTrue(kept.stream().allMatch(r -> r.get("claimant").startsWith("General Staff of Ukraine")), kept.toString());
        assertEquals(List.of(), csv("claimantId", armedForces));

        JsonPath moved = ok("query($id: ID!) { claim(id: $id) { version claimant { id } history { action reason changes { field before after } } } }",
                Map.of("id", mergedClaim));
        assertEquals(generalStaff, moved.getString("data.claim.claimant.id"));
        assertEquals(1, moved.getInt("data.claim.version"));
        assertEquals("CLAIMANT_MERGED", moved.getString("data.claim.history[0].action"));
        assertEquals("one body", moved.getString("data.claim.history[0].reason"));
        assertEquals(List.of(armedForces, generalStaff), List.of(moved.getString("data.claim.history[0].changes[0].before"),
                moved.getString("data.claim.history[0].changes[0].after")));

        // a claim recorded later with the merged source's id belongs to the source kept
        String later = SourcesFixture.document("Later forces report", "1994-08-01");
        Map<String, Object> input = new HashMap<>(Map.of("documentId", later, "claimantId", armedForces, "subject", "Ukraine",
                "population", "MILITARY", "category", "KILLED", "qualifier", "EXACT", "best", 3500, "quote", "3,500 killed."));
        assertEquals(generalStaff, ok(RECORD, Map.of("input", input)).getString("data.recordClaim.claimant.id"));
    }

    static final String MERGED_CLAIM = "query($id: ID!) { claim(id: $id) { id version status mergedClaimIds claimant { id }"
            + " firstAppearance { document { id } } appearances { document { id } quote }"
            + " history { action actor reason mergedFrom changes { field before after } } } }";

    @Test
    void claimsThatAMergeOfTheirClaimantsMakesOneStatementBecomeOneClaim() {
        String kept = SourcesFixture.source("Operational command", "MILITARY", "UA");
        String merged = SourcesFixture.source("Operational command (duplicate)", "MILITARY", "UA");
        String keptReport = SourcesFixture.document("Command report", "1995-03-02");
        String mergedReport = SourcesFixture.document("Earlier command report", "1995-03-01");
        String surviving = recordClaim(keptReport, kept, 4200, "The command said 4,200 soldiers were killed.");
        String absorbed = recordClaim(mergedReport, merged, 4200, "4,200 soldiers were killed, the command said first.");
        // the duplicate's claim is also reported by the kept claim's document: that appearance is the surviving claim's already
        assertEquals(absorbed, recordClaim(keptReport, merged, 4200, "Elsewhere in the report: 4,200 killed."));
        String other = recordClaim(SourcesFixture.document("Other figure", "1995-03-05"), merged, 999, "999 soldiers were killed.");
        // the absorbed claim was reviewed last: its status wins
        ok("mutation($id: ID!) { reviewClaim(id: $id, status: CONFIRMED, version: 0) { version } }", Map.of("id", absorbed));

        editSources("mutation($keep: ID!, $merge: ID!) { mergeSources(keepId: $keep, mergeId: $merge, reason: \"one command\") { id } }",
                Map.of("keep", kept, "merge", merged));
        eventually("the absorbed claim's id answers the surviving claim",
                () -> ok(MERGED_CLAIM, Map.of("id", absorbed)).getString("data.claim.id"), surviving::equals);

        JsonPath claim = ok(MERGED_CLAIM, Map.of("id", surviving));
        assertEquals(List.of(absorbed), claim.getList("data.claim.mergedClaimIds"));
        assertEquals(kept, claim.getString("data.claim.claimant.id"));
        assertEquals("CONFIRMED", claim.getString("data.claim.status"));
        assertEquals(1, claim.getInt("data.claim.version"));
        assertEquals(List.of(mergedReport, keptReport), claim.getList("data.claim.appearances.document.id"), "earliest first");
        assertEquals(mergedReport, claim.getString("data.claim.firstAppearance.document.id"));
        assertEquals(List.of("4,200 soldiers were killed, the command said first.", "The command said 4,200 soldiers were killed."),
                claim.getList("data.claim.appearances.quote"));
        // its history: the absorbed claim's review (mergedFrom), then the merge, by whom and why
        assertEquals(List.of("REVIEWED", "MERGED"), claim.getList("data.claim.history.action"));
        assertEquals(absorbed, claim.getString("data.claim.history[0].mergedFrom"));
        assertEquals("test-editor", claim.getString("data.claim.history[1].actor"));
        assertTrue(claim.getString("data.claim.history[1].reason").contains("one command"), claim.prettify());
        assertNull(claim.getString("data.claim.history[1].mergedFrom"));
        assertEquals(Map.of("mergedClaim", List.of(absorbed, surviving), "appearances", List.of("1", "2"),
                "status", List.of("UNREVIEWED", "CONFIRMED")), changes(claim, "data.claim.history[1].changes"));

        // the claim that says something else just moved
        JsonPath moved = ok(MERGED_CLAIM, Map.of("id", other));
        assertEquals(other, moved.getString("data.claim.id"));
        assertEquals(kept, moved.getString("data.claim.claimant.id"));
        assertEquals(List.of("CLAIMANT_MERGED"), moved.getList("data.claim.history.action"));

        // counted once everywhere; the absorbed claim's row as it was is kept, pointing at the survivor
        List<CSVRecord> rows = csv("claimantId", kept);
        assertEquals(List.of("4200", "999"), rows.stream().map(r -> r.get("best")).sorted().toList());
        assertEquals("2", rows.stream().filter(r -> r.get("best").equals("4200")).findFirst().orElseThrow().get("appearances"));
        assertEquals(List.of(), csv("claimantId", merged));
        assertEquals(0, ok("query($c: ID) { claims(filter: {claimantId: $c}) { totalCount } }", Map.of("c", merged))
                .getInt("data.claims.totalCount"));
        assertEquals(surviving, queryOne("select cast(merged_into as text) from claims.merged_claim where id = ?", absorbed));
        assertEquals("CONFIRMED", queryOne("select record -> 'claim' ->> 'status' from claims.merged_claim where id = ?", absorbed));
        assertEquals("2", queryOne("select jsonb_array_length(record -> 'appearances') from claims.merged_claim where id = ?", absorbed));

        // the articles read again find the one claim
        assertEquals(surviving, recordClaim(mergedReport, merged, 4200, "4,200 soldiers were killed, the command said first."));
        assertEquals(surviving, recordClaim(keptReport, kept, 4200, "The command said 4,200 soldiers were killed."));
        assertEquals(2, ok(MERGED_CLAIM, Map.of("id", surviving)).getList("data.claim.appearances").size());
        // a review through the absorbed id changes the surviving claim
        assertEquals(surviving, ok("mutation($id: ID!) { reviewClaim(id: $id, status: UNREVIEWED, version: 1) { id } }",
                Map.of("id", absorbed)).getString("data.reviewClaim.id"));

        // claims-service acknowledged what it applied: sources-service may prune it
        eventually("the position applied is acknowledged to sources-service",
                () -> List.of(String.valueOf(queryOne("select position from claims.source_feed_position", null)),
                        String.valueOf(queryOne("select position from sources.change_feed_reader where reader = 'claims-service'", null))),
                seen -> ((List<?>) seen).get(0).equals(((List<?>) seen).get(1)));
    }

    /** A history entry's changes as field: [before, after]. */
    static Map<String, List<String>> changes(JsonPath json, String path) {
        Map<String, List<String>> changes = new HashMap<>();
        List<Map<String, String>> entries = json.getList(path);
        entries.forEach(entry -> changes.put(entry.get("field"), java.util.Arrays.asList(entry.get("before"), entry.get("after"))));
        return changes;
    }

    @Test
    void anEditClaimsServiceCouldNotReadBeforeSourcesServiceStoppedArrivesOnceItIsBack() throws SQLException {
        String claimant = SourcesFixture.source("Outage ministry", "OTHER", null);
        recordClaim(SourcesFixture.document("Outage report", "1996-09-01"), claimant, 700);
        String renamed = SourcesFixture.sourceName(claimant) + " (renamed)";
        try (Connection database = database()) {
            database.setAutoCommit(false);
            try {
                // Holding the feed position's lock keeps claims-service from applying what it reads: it reads the first
                // edit and waits; the second is made after it read, and sources-service stops before it can read again.
                try (Statement lock = database.createStatement()) {
                    lock.execute("select position from claims.source_feed_position for update");
                }
                updateSource(claimant, Map.of("affiliation", "UA"));
                eventually("claims-service read the first edit and waits for the lock to apply it",
                        () -> waitsForOurLock(database), Boolean.TRUE::equals);
                updateSource(claimant, Map.of("name", renamed));
                SourcesServiceTestResource.stopSourcesService();
            } finally {
                database.rollback();
            }
            eventually("the edit read before the outage is applied", () -> csv("claimantId", claimant).get(0).get("claimant_affiliation"),
                    "UA"::equals);
            sleep(1500);
            CSVRecord duringOutage = csv("claimantId", claimant).get(0);
            assertTrue(duringOutage.get("claimant").startsWith("Outage ministry") && !duringOutage.get("claimant").endsWith("(renamed)"),
                    "the second edit cannot have arrived while sources-service is down: " + duringOutage);
        } finally {
            SourcesServiceTestResource.startSourcesService();
        }
        eventually("the edit made before the outage arrives once sources-service is back",
                () -> csv("claimantId", claimant).get(0).get("claimant"), renamed::equals);
    }

    /**
     * True when another session waits for a row this connection's transaction locked: claims-service reads the feed
     * before it takes the position's lock, so waiting for it means it read an edit.
     */
    private static boolean waitsForOurLock(Connection holder) {
        try (Statement locks = holder.createStatement(); java.sql.ResultSet waiting = locks.executeQuery(
                "select count(*) from pg_locks where not granted and locktype = 'transactionid'"
                        + " and transactionid = pg_current_xact_id()::text::xid")) {
            waiting.next();
            return waiting.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> without0(Map<String, Integer> sides) {
        Map<String, Integer> nonZero = new HashMap<>();
        sides.forEach((side, count) -> {
            if (count != 0) {
                nonZero.put(side, count);
            }
        });
        return nonZero;
    }
}
