package org.claimgraph.claims.claim;

import static io.restassured.RestAssured.given;
import static org.claimgraph.localstack.testing.GraphQLRequests.failing;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimgraph.claims.SourcesFixture;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.junit.jupiter.api.Test;

/**
 * One statement reported by several documents is one claim with several appearances: recording, ingestion, what
 * dashboards and exports count, and corrections that would make two claims one.
 */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class AppearancesTest {

    static final String RECORD = "mutation($input: ClaimInput!) { recordClaim(input: $input) { id } }";
    static final String CLAIM = "query($id: ID!) { claim(id: $id) { id version status statedOn quote spanStart document { id }"
            + " firstAppearance { document { id } quote spanStart spanEnd statedOn }"
            + " appearances { document { id } quote spanStart spanEnd statedOn extractor } } }";

    record Statement(String subject, String claimant) {
        static Statement fresh() {
            return new Statement("Appearland " + UUID.randomUUID(), SourcesFixture.source());
        }

        Map<String, Object> input(String document, int best, String quote) {
            Map<String, Object> input = new HashMap<>(Map.of("documentId", document, "claimantId", claimant, "subject", subject,
                    "population", "MILITARY", "category", "KILLED", "qualifier", "EXACT", "best", best, "quote", quote));
            return input;
        }

        String record(String document, int best, String quote) {
            return ok(RECORD, Map.of("input", input(document, best, quote))).getString("data.recordClaim.id");
        }
    }

    @Test
    void twoDocumentsReportingOneStatementAreOneClaimWithTwoAppearances() {
        Statement statement = Statement.fresh();
        String later = SourcesFixture.document("Later report", "2025-03-03");
        String earlier = SourcesFixture.document("Earlier report", "2025-03-01");
        String id = statement.record(later, 5100, "The ministry said 5,100 soldiers were killed.");
        // the earlier report is recorded second: it becomes the first appearance
        Map<String, Object> second = statement.input(earlier, 5100, "5,100 soldiers were killed, the ministry said.");
        second.put("spanStart", 10);
        second.put("spanEnd", 57);
        assertEquals(id, ok(RECORD, Map.of("input", second)).getString("data.recordClaim.id"), "the same statement is the same claim");

        JsonPath claim = ok(CLAIM, Map.of("id", id));
        assertEquals(List.of(earlier, later), claim.getList("data.claim.appearances.document.id"));
        assertEquals(earlier, claim.getString("data.claim.firstAppearance.document.id"));
        assertEquals("2025-03-01", claim.getString("data.claim.firstAppearance.statedOn"));
        assertEquals(List.of("5,100 soldiers were killed, the ministry said.", "The ministry said 5,100 soldiers were killed."),
                claim.getList("data.claim.appearances.quote"));
        // the claim's own document, quote and span are its first appearance's, as before appearances existed
        assertEquals(earlier, claim.getString("data.claim.document.id"));
        assertEquals("5,100 soldiers were killed, the ministry said.", claim.getString("data.claim.quote"));
        assertEquals(10, claim.getInt("data.claim.spanStart"));
        assertEquals("2025-03-01", claim.getString("data.claim.statedOn"));

        // recording either report again changes nothing
        assertEquals(id, statement.record(later, 5100, "The ministry said 5,100 soldiers were killed."));
        assertEquals(2, ok(CLAIM, Map.of("id", id)).getList("data.claim.appearances").size());

        // both documents list the claim; everything else counts it once
        for (String document : List.of(earlier, later)) {
            assertEquals(List.of(id), ok("query($d: ID) { claims(filter: {documentId: $d}) { nodes { id } totalCount } }",
                    Map.of("d", document)).getList("data.claims.nodes.id"));
        }
        assertEquals(1, ok("query($s: String) { claims(filter: {subject: $s}) { totalCount } }", Map.of("s", statement.subject()))
                .getInt("data.claims.totalCount"));
        assertEquals(1, ok("query($s: String!) { estimates(subject: $s, category: KILLED, population: MILITARY, asOf: \"2025-04-01\") { claimants } }",
                Map.of("s", statement.subject())).getInt("data.estimates.claimants"));
        assertEquals(List.of(5100), ok("query($s: String!) { timeline(subject: $s, category: KILLED, population: MILITARY, every: DAY) { points { best } } }",
                Map.of("s", statement.subject())).getList("data.timeline[0].points.best"));
        JsonPath revisions = ok("query($c: ID!, $s: String!) { revisions(claimantId: $c, subject: $s, category: KILLED) { figure date document { id } } }",
                Map.of("c", statement.claimant(), "s", statement.subject()));
        assertEquals(List.of(5100), revisions.getList("data.revisions.figure"));
        assertEquals("2025-03-01", revisions.getString("data.revisions[0].date"));

        List<CSVRecord> rows = csv(given().queryParam("subject", statement.subject()).get("/export/claims.csv").asString());
        assertEquals(1, rows.size());
        assertEquals(earlier, rows.get(0).get("document_id"));
        assertEquals("2", rows.get(0).get("appearances"));
        assertEquals(earlier + " " + later, rows.get(0).get("appearance_document_ids"));
        JsonPath jsonLd = JsonPath.from(given().queryParam("subject", statement.subject()).get("/export/claims.jsonld").asString());
        assertEquals(1, jsonLd.getList("hasPart").size());
        assertEquals(List.of("urn:claimgraph:document:" + earlier, "urn:claimgraph:document:" + later),
                jsonLd.getList("hasPart[0].appearance.'@id'"));
        assertEquals("urn:claimgraph:document:" + earlier, jsonLd.getString("hasPart[0].firstAppearance.'@id'"));
        assertEquals("2025-03-03", jsonLd.getString("hasPart[0].appearance[1].datePublished"));
    }

    @Test
    void quoteSearchFindsAClaimByTheWordsOfAnyOfItsAppearances() {
        Statement statement = Statement.fresh();
        String id = statement.record(SourcesFixture.document("First wording", "2025-05-01"), 6200,
                "The ministry said 6,200 soldiers were killed.");
        statement.record(SourcesFixture.document("Second wording", "2025-05-02"), 6200,
                "Officials counted 6,200 servicemen slain near Zaporizhzhia, the ministry said.");
        String search = "query($s: String, $q: String) { claims(filter: {subject: $s, search: $q}) { nodes { id } totalCount } }";
        for (String words : List.of("soldiers killed", "servicemen slain Zaporizhzhia", "\"servicemen slain\"")) {
            JsonPath found = ok(search, Map.of("s", statement.subject(), "q", words));
            assertEquals(List.of(id), found.getList("data.claims.nodes.id"), words);
            assertEquals(1, found.getInt("data.claims.totalCount"), words);
        }
        // every word in one appearance's quote: words spread over two quotes find nothing
        assertEquals(List.of(), ok(search, Map.of("s", statement.subject(), "q", "soldiers Zaporizhzhia"))
                .getList("data.claims.nodes.id"));
        List<CSVRecord> rows = csv(given().queryParam("subject", statement.subject()).queryParam("search", "Zaporizhzhia")
                .get("/export/claims.csv").asString());
        assertEquals(1, rows.size(), "exports filter as claims does");
    }

    @Test
    void theSameFigureWithoutAsOfWeeksLaterIsAnotherStatementButWithTheSameAsOfItIsOne() {
        Statement statement = Statement.fresh();
        String march = SourcesFixture.document("March report", "2025-03-01");
        String week = SourcesFixture.document("A week later", "2025-03-08");
        String april = SourcesFixture.document("April report", "2025-04-15");
        String first = statement.record(march, 800, "800 soldiers were killed.");
        assertEquals(first, statement.record(week, 800, "800 soldiers were killed, it said."), "within a week: the same statement");
        String again = statement.record(april, 800, "Still 800 soldiers killed.");
        assertNotEquals(first, again, "the figure said again six weeks later is a statement of its own");

        Statement dated = Statement.fresh();
        Map<String, Object> inMarch = dated.input(march, 900, "900 soldiers were killed as of February.");
        inMarch.put("asOf", "2025-02-01");
        inMarch.put("asOfPrecision", "MONTH");
        Map<String, Object> inApril = dated.input(april, 900, "As of February, 900 soldiers were killed.");
        inApril.put("asOf", "2025-02-20");
        inApril.put("asOfPrecision", "MONTH");
        String id = ok(RECORD, Map.of("input", inMarch)).getString("data.recordClaim.id");
        assertEquals(id, ok(RECORD, Map.of("input", inApril)).getString("data.recordClaim.id"),
                "as of February either way: one statement, however late the report");
        assertEquals(List.of(march, april), ok(CLAIM, Map.of("id", id)).getList("data.claim.appearances.document.id"));
        // another figure, or another scope, is another claim
        assertNotEquals(id, dated.record(april, 901, "901 soldiers"));
        Map<String, Object> scoped = dated.input(april, 900, "900 in Donetsk");
        scoped.put("scope", "Donetsk oblast");
        assertNotEquals(id, ok(RECORD, Map.of("input", scoped)).getString("data.recordClaim.id"));
    }

    static final String INGEST = """
            mutation($title: String!, $publishedOn: Date, $text: String!) {
              ingestArticle(title: $title, publishedOn: $publishedOn, text: $text) {
                document { id } created appeared unchanged
                claims { id best quote spanStart document { id } appearances { document { id } } }
                appearances { document { id } quote spanStart spanEnd statedOn } } }""";

    @Test
    void ingestingAnotherArticleOfAStoredStatementAddsAnAppearanceKeepingItsQuoteAndSpan() {
        int figure = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String number = String.format(Locale.ENGLISH, "%,d", figure);
        String firstText = "Ukrainian President Volodymyr Zelensky said " + number + " Ukrainian soldiers have been killed.";
        String secondText = "In a long interview on Sunday about the war and the talks, Ukrainian President Volodymyr Zelensky said "
                + number + " Ukrainian soldiers had been killed so far. " + UUID.randomUUID();
        JsonPath first = ok(INGEST, Map.of("title", "First report", "publishedOn", "2025-06-02", "text", firstText));
        assertEquals(1, first.getInt("data.ingestArticle.created"), first.prettify());
        String id = first.getString("data.ingestArticle.claims[0].id");

        JsonPath second = ok(INGEST, Map.of("title", "Second report", "publishedOn", "2025-06-03", "text", secondText));
        String document = second.getString("data.ingestArticle.document.id");
        assertEquals(0, second.getInt("data.ingestArticle.created"), second.prettify());
        assertEquals(1, second.getInt("data.ingestArticle.appeared"));
        assertEquals(0, second.getInt("data.ingestArticle.unchanged"));
        assertEquals(id, second.getString("data.ingestArticle.claims[0].id"), "one claim, not one per article");
        assertEquals(first.getString("data.ingestArticle.document.id"), second.getString("data.ingestArticle.claims[0].document.id"),
                "the claim's document is still its first appearance's");
        // the article's own appearance: its sentence and where it is in this text
        assertEquals(document, second.getString("data.ingestArticle.appearances[0].document.id"));
        int start = second.getInt("data.ingestArticle.appearances[0].spanStart");
        int end = second.getInt("data.ingestArticle.appearances[0].spanEnd");
        assertEquals(second.getString("data.ingestArticle.appearances[0].quote"), secondText.substring(start, end));
        assertTrue(secondText.substring(start, end).contains(number));
        assertEquals("2025-06-03", second.getString("data.ingestArticle.appearances[0].statedOn"));
        assertEquals(2, second.getList("data.ingestArticle.claims[0].appearances").size());

        JsonPath again = ok(INGEST, Map.of("title", "Second report", "publishedOn", "2025-06-03", "text", secondText));
        assertEquals(List.of(0, 0, 1), List.of(again.getInt("data.ingestArticle.created"), again.getInt("data.ingestArticle.appeared"),
                again.getInt("data.ingestArticle.unchanged")), "re-ingesting changes nothing");
        assertEquals(2, ok(CLAIM, Map.of("id", id)).getList("data.claim.appearances").size());
        assertEquals(start, again.getInt("data.ingestArticle.appearances[0].spanStart"));
    }

    static final String CORRECT = "mutation($id: ID!, $input: ClaimCorrection!, $version: Int) "
            + "{ correctClaim(id: $id, input: $input, reason: \"misread\", version: $version) { id best version } }";

    @Test
    void aCorrectionThatWouldMakeTwoClaimsOneIsAConflictNamingTheOther() {
        Statement statement = Statement.fresh();
        String one = SourcesFixture.document("One", "2025-05-01");
        String other = SourcesFixture.document("Other", "2025-05-02");
        String misread = statement.record(one, 1700, "1,100 soldiers were killed.");
        String right = statement.record(other, 1100, "1,100 soldiers were killed.");
        JsonPath conflict = failing(CORRECT, Map.of("id", misread, "input", Map.of("best", 1100), "version", 0));
        assertEquals("CONFLICT", conflict.getString("errors[0].extensions.code"), conflict.prettify());
        assertEquals("input", conflict.getString("errors[0].extensions.field"));
        assertTrue(conflict.getString("errors[0].message").contains(right), conflict.getString("errors[0].message"));
        JsonPath unchanged = ok(CLAIM, Map.of("id", misread));
        assertEquals(0, unchanged.getInt("data.claim.version"), "nothing written");
        assertEquals("UNREVIEWED", unchanged.getString("data.claim.status"));

        // moving the first appearance to a document that reports the claim already
        statement.record(other, 1700, "1,700 soldiers were killed.");
        JsonPath moved = failing(CORRECT, Map.of("id", misread, "input", Map.of("documentId", other), "version", 0));
        assertEquals("CONFLICT", moved.getString("errors[0].extensions.code"), moved.prettify());
        assertEquals("input.documentId", moved.getString("errors[0].extensions.field"));

        // a correction to a figure nobody else states is applied, and the article read again finds the corrected claim
        JsonPath corrected = ok(CORRECT, Map.of("id", misread, "input", Map.of("best", 1200), "version", 0));
        assertEquals(1200, corrected.getInt("data.correctClaim.best"));
        assertEquals(misread, statement.record(one, 1700, "1,100 soldiers were killed."));
        assertEquals(List.of(one, other), ok(CLAIM, Map.of("id", misread)).getList("data.claim.appearances.document.id"));

        // a corrected quote is the first appearance's
        JsonPath quoted = ok("mutation($id: ID!) { correctClaim(id: $id, input: {quote: \"1,200 soldiers were killed.\"}, reason: \"typo\") "
                + "{ quote firstAppearance { quote } appearances { quote } } }", Map.of("id", misread));
        assertEquals("1,200 soldiers were killed.", quoted.getString("data.correctClaim.quote"));
        assertEquals("1,200 soldiers were killed.", quoted.getString("data.correctClaim.firstAppearance.quote"));
        assertEquals("1,700 soldiers were killed.", quoted.getString("data.correctClaim.appearances[1].quote"));
    }

    @Test
    void aClaimMergedAsTheSameStatementAnswersWithTheKeptClaimAndItsHistoryIsListed() throws java.sql.SQLException {
        Statement statement = Statement.fresh();
        String kept = statement.record(SourcesFixture.document("Kept", "2025-02-01"), 4200, "4,200 soldiers were killed.");
        UUID merged = UUID.randomUUID();
        // what migration V8 leaves of a merged claim: its record, and its history under its own id
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (var db = java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), config.getValue("quarkus.datasource.password", String.class));
                var insert = db.createStatement()) {
            insert.executeUpdate("insert into claims.merged_claim (id, merged_into, merged_at, record) values ('" + merged + "', '" + kept
                    + "', now(), '{\"claim\": {}, \"appearances\": []}')");
            insert.executeUpdate("insert into claims.claim_change (id, claim_id, version, action, actor, reason, changed_at, changes) values ('"
                    + UUID.randomUUID() + "', '" + merged + "', 1, 'REVIEWED', 'analyst', 'checked', now() - interval '1 day',"
                    + " '{\"status\": [\"UNREVIEWED\", \"CONFIRMED\"]}')");
        }
        JsonPath answered = ok("query($id: ID!) { claim(id: $id) { id history { action mergedFrom reason changes { field after } } } }",
                Map.of("id", merged.toString()));
        assertEquals(kept, answered.getString("data.claim.id"), "a merged claim's id answers the claim kept");
        assertEquals(List.of("REVIEWED"), answered.getList("data.claim.history.action"));
        assertEquals(merged.toString(), answered.getString("data.claim.history[0].mergedFrom"));
        assertEquals("CONFIRMED", answered.getString("data.claim.history[0].changes[0].after"));
    }

    @Test
    void badInputIsAClearError() {
        JsonPath unknown = failing(CLAIM, Map.of("id", UUID.randomUUID().toString()));
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"));
        assertEquals("id", unknown.getString("errors[0].extensions.field"));
        JsonPath malformed = failing("query($d: ID) { claims(filter: {documentId: $d}) { nodes { id } } }", Map.of("d", "nope"));
        assertEquals("BAD_USER_INPUT", malformed.getString("errors[0].extensions.code"));
        assertEquals("filter.documentId", malformed.getString("errors[0].extensions.field"));
        Statement statement = Statement.fresh();
        JsonPath noDocument = failing(RECORD, Map.of("input", statement.input(UUID.randomUUID().toString(), 10, "10 killed")));
        assertEquals("NOT_FOUND", noDocument.getString("errors[0].extensions.code"));
        assertEquals("input.documentId", noDocument.getString("errors[0].extensions.field"));
        JsonPath noClaim = failing(CORRECT, Map.of("id", UUID.randomUUID().toString(), "input", Map.of("best", 3)));
        assertEquals("NOT_FOUND", noClaim.getString("errors[0].extensions.code"));
        assertEquals("id", noClaim.getString("errors[0].extensions.field"));
    }

    static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
