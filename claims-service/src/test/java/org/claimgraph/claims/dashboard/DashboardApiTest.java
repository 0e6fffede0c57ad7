package org.claimgraph.claims.dashboard;

import static org.claimgraph.localstack.testing.GraphQLRequests.failing;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Estimates, timelines, revisions, search and sorting over claims recorded through the API, with claimants and
 * documents that exist in a real sources-service. Estimates use dates in 2015 and 2016, which no other test's claims
 * count from, so the figures here are the only ones they see.
 */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiTest {

    static final String RECORD = "mutation($input: ClaimInput!) { recordClaim(input: $input) { id statedOn } }";

    String zelensky;
    String syrskyi;
    String generalStaff;
    String defenceMinistry;
    String thinkTank;
    String reporter;
    final List<String> zelenskyDocuments = new ArrayList<>();

    private boolean recorded;

    /** Once per class, before the first test: rest-assured knows the service's port only from then on. */
    @BeforeEach
    void recordClaims() {
        if (recorded) {
            return;
        }
        recorded = true;
        zelensky = SourcesFixture.source("Volodymyr Zelensky", "PERSON", "UA");
        syrskyi = SourcesFixture.source("Oleksandr Syrskyi", "MILITARY", "UA");
        // Zelensky's figures for Ukrainian soldiers killed, as they were reported from 2024 to 2025.
        String[][] statements = {
                { "2024-02-25", "EXACT", "31000", "Zelensky said 31,000 Ukrainian soldiers had been killed, the first official figure in a year." },
                { "2024-12-08", "EXACT", "43000", "Zelensky wrote that 43,000 Ukrainian soldiers have been killed on the battlefield." },
                { "2025-02-04", "EXACT", "45100", "Zelensky told an interviewer that 45,100 soldiers had been killed." },
                { "2025-02-16", "AT_LEAST", "46000", "Zelensky's statement that over 46,000 Ukrainian soldiers had died." },
                { "2025-03-10", "EXACT", "55000", "55,000 Ukrainian soldiers have been killed since the war with Russia began, Zelensky said." } };
        for (String[] statement : statements) {
            String document = SourcesFixture.document("Zelensky on losses, " + statement[0], statement[0]);
            zelenskyDocuments.add(document);
            Map<String, Object> input = claim(document, zelensky, statement[1], Integer.parseInt(statement[2]), statement[3]);
            assertEquals(statement[0], ok(RECORD, Map.of("input", input)).getString("data.recordClaim.statedOn"),
                    "a claim without asOf counts from its document's publication date");
        }
        Map<String, Object> withAsOf = claim(SourcesFixture.document("Syrskyi interview", "2025-06-01"), syrskyi, "EXACT", 40000,
                "Syrskyi said 40,000 soldiers had been killed by the end of 2024.");
        withAsOf.putAll(Map.of("asOf", "2024-12-31", "asOfPrecision", "DAY"));
        assertEquals("2024-12-31", ok(RECORD, Map.of("input", withAsOf)).getString("data.recordClaim.statedOn"),
                "asOf wins over the publication date");

        // The 2015 estimates: one claimant per side, a think tank with a range, a reporter with a lower bound.
        generalStaff = SourcesFixture.source("Test General Staff", "MILITARY", "UA");
        defenceMinistry = SourcesFixture.source("Test Defence Ministry", "GOVERNMENT", "RU");
        thinkTank = SourcesFixture.source("Test Institute", "THINK_TANK", "US");
        reporter = SourcesFixture.source("Test Reporter", "PERSON", null);
        record(generalStaff, "2015-03-01", "EXACT", 1000, null);
        record(generalStaff, "2015-09-01", "EXACT", 2000, null);
        record(generalStaff, "2016-06-01", "EXACT", 5000, null);
        record(defenceMinistry, "2015-10-01", "APPROXIMATELY", 10000, null);
        record(defenceMinistry, "2015-10-02", "APPROXIMATELY", 50, "DAY");
        Map<String, Object> range = claim(SourcesFixture.document("Institute report", "2015-11-01"), thinkTank, "RANGE", null,
                "The institute estimates between 3,000 and 6,000 Ukrainian soldiers killed.");
        range.putAll(Map.of("low", 3000, "high", 6000));
        ok(RECORD, Map.of("input", range));
        Map<String, Object> atLeast = claim(SourcesFixture.document("Reporter's count", "2015-08-01"), reporter, "AT_LEAST", null,
                "At least 2,500 Ukrainian soldiers have been killed, the reporter counted.");
        atLeast.put("low", 2500);
        ok(RECORD, Map.of("input", atLeast));
    }

    private void record(String claimant, String publishedOn, String qualifier, int best, String ratePer) {
        Map<String, Object> input = claim(SourcesFixture.document("Report of " + publishedOn, publishedOn), claimant, qualifier, best,
                "A figure of " + best + " Ukrainian soldiers killed.");
        if (ratePer != null) {
            input.put("ratePer", ratePer);
        }
        ok(RECORD, Map.of("input", input));
    }

    private static Map<String, Object> claim(String documentId, String claimantId, String qualifier, Integer best, String quote) {
        Map<String, Object> input = new HashMap<>();
        input.put("documentId", documentId);
        input.put("claimantId", claimantId);
        input.put("subject", "Ukraine");
        input.put("population", "MILITARY");
        input.put("category", "KILLED");
        input.put("qualifier", qualifier);
        if (qualifier.equals("AT_LEAST")) {
            input.put("low", best);
        } else if (best != null) {
            input.put("best", best);
        }
        input.put("quote", quote);
        return input;
    }

    static final String ESTIMATES = """
            query($asOf: Date, $ratePer: RatePer) {
              estimates(subject: "ukraine", category: KILLED, population: MILITARY, asOf: $asOf, ratePer: $ratePer) {
                subject asOf claimants minLow medianBest maxHigh
                bySide { side claimants minLow medianBest maxHigh }
                latest { best low high statedOn claimant { id } }
              }
            }""";

    @Test
    void estimatesTakeEachClaimantsLatestFigureAsOfTheDateAndSpreadThemBySide() {
        JsonPath answer = ok(ESTIMATES, Map.of("asOf", "2015-12-31"));
        assertEquals("2015-12-31", answer.getString("data.estimates.asOf"));
        assertEquals(4, answer.getInt("data.estimates.claimants"));
        assertEquals(2000, answer.getInt("data.estimates.minLow"), "the General Staff's latest, not its earlier 1,000");
        assertEquals(6000.0, answer.getDouble("data.estimates.medianBest"), "median of 2,000 and 10,000; bounds have no best");
        assertEquals(10000, answer.getInt("data.estimates.maxHigh"));
        assertEquals(List.of("OWN_SIDE", "ADVERSARY", "THIRD_PARTY"), answer.getList("data.estimates.bySide.side"));
        assertEquals(List.of(1, 1, 2), answer.getList("data.estimates.bySide.claimants"));
        assertEquals(2500, answer.getInt("data.estimates.bySide[2].minLow"));
        assertNull(answer.get("data.estimates.bySide[2].medianBest"));
        assertEquals(6000, answer.getInt("data.estimates.bySide[2].maxHigh"));
        assertEquals(List.of(defenceMinistry, thinkTank, reporter, generalStaff), answer.getList("data.estimates.latest.claimant.id"),
                "largest figure first: 10,000, 3,000-6,000, over 2,500, 2,000");
        assertEquals("2015-09-01", answer.getString("data.estimates.latest[3].statedOn"));

        JsonPath later = ok(ESTIMATES, Map.of("asOf", "2016-12-31"));
        assertEquals(5000, later.getInt("data.estimates.bySide[0].maxHigh"), "the General Staff's 2016 figure replaces its 2015 one");

        JsonPath rates = ok(ESTIMATES, Map.of("asOf", "2015-12-31", "ratePer", "DAY"));
        assertEquals(1, rates.getInt("data.estimates.claimants"), "rates are compared with rates only");
        assertEquals(50, rates.getInt("data.estimates.maxHigh"));

        JsonPath before = ok(ESTIMATES, Map.of("asOf", "2014-01-01"));
        assertEquals(0, before.getInt("data.estimates.claimants"));
        assertNull(before.get("data.estimates.medianBest"));
        assertEquals(List.of(), before.getList("data.estimates.bySide"));
    }

    @Test
    void timelineDrawsEachClaimantsFiguresInDateOrder() {
        String query = """
                query($ids: [String], $from: Date, $to: Date) {
                  timeline(subject: "Ukraine", category: KILLED, population: MILITARY, claimantIds: $ids, from: $from, to: $to) {
                    claimant { id } points { date figure best low qualifier claim { id } }
                  }
                }""";
        JsonPath answer = ok(query, Map.of("ids", List.of(syrskyi, zelensky)));
        assertEquals(List.of(syrskyi, zelensky), answer.getList("data.timeline.claimant.id"), "in the order asked for");
        assertEquals(List.of(31000, 43000, 45100, 46000, 55000), answer.getList("data.timeline[1].points.figure"));
        assertEquals(List.of("2024-02-25", "2024-12-08", "2025-02-04", "2025-02-16", "2025-03-10"),
                answer.getList("data.timeline[1].points.date"));
        assertEquals("AT_LEAST", answer.getString("data.timeline[1].points[3].qualifier"));
        assertNull(answer.get("data.timeline[1].points[3].best"));
        assertEquals(List.of("2024-12-31"), answer.getList("data.timeline[0].points.date"));

        JsonPath window = ok(query, Map.of("ids", List.of(zelensky), "from", "2024-12-01", "to", "2025-02-10"));
        assertEquals(List.of(43000, 45100), window.getList("data.timeline[0].points.figure"));
        JsonPath yearly = ok(query.replace("to: $to)", "to: $to, every: YEAR)"), Map.of("ids", List.of(zelensky)));
        assertEquals(List.of(43000, 55000), yearly.getList("data.timeline[0].points.figure"), "each year's latest figure");
        JsonPath empty = ok(query, Map.of("ids", List.of(zelensky), "from", "2010-01-01", "to", "2010-12-31"));
        assertEquals(List.of(), empty.getList("data.timeline[0].points"), "a known claimant without points has an empty line");
    }

    @Test
    void revisionsShowHowOneClaimantsFigureChangedWithItsDocuments() {
        JsonPath answer = ok("""
                query($id: ID!) { revisions(claimantId: $id, subject: "Ukraine", category: KILLED) {
                  date figure change document { id } claim { quote } } }""", Map.of("id", zelensky));
        assertEquals(List.of(31000, 43000, 45100, 46000, 55000), answer.getList("data.revisions.figure"));
        assertEquals(Arrays.asList(null, 12000, 2100, 900, 9000), answer.getList("data.revisions.change"));
        assertEquals(zelenskyDocuments, answer.getList("data.revisions.document.id"));
        assertEquals(List.of(), ok("query($id: ID!) { revisions(claimantId: $id, subject: \"Russia\", category: KILLED) { figure } }",
                Map.of("id", zelensky)).getList("data.revisions"));
    }

    @Test
    void claimsAreSearchedByTheirQuoteAndSortedWithStablePages() {
        String query = """
                query($claimant: ID, $search: String, $order: ClaimOrder, $after: String) {
                  claims(filter: { claimantId: $claimant, search: $search }, orderBy: $order, first: 2, after: $after) {
                    nodes { best low statedOn } pageInfo { endCursor hasNextPage } } }""";
        Map<String, Object> variables = new HashMap<>(Map.of("claimant", zelensky, "search", "soldiers killed", "order", "FIGURE_DESC"));
        List<Object> figures = new ArrayList<>();
        String after = null;
        do {
            variables.put("after", after);
            JsonPath page = ok(query, variables);
            page.getList("data.claims.nodes").forEach(node -> figures.add(((Map<?, ?>) node).get("best")));
            after = page.getBoolean("data.claims.pageInfo.hasNextPage") ? page.getString("data.claims.pageInfo.endCursor") : null;
        } while (after != null);
        // 'killed' also finds 'kill'; the 46,000 statement says 'died' and is left out.
        assertEquals(List.of(55000, 45100, 43000, 31000), figures);

        variables.putAll(Map.of("search", "\"first official figure\"", "order", "STATED_ON_DESC"));
        variables.remove("after");
        assertEquals(List.of(31000), ok(query, variables).getList("data.claims.nodes.best"));

        Map<String, Object> byDate = new HashMap<>(Map.of("claimant", zelensky, "order", "STATED_ON_ASC"));
        JsonPath first = ok(query, byDate);
        assertEquals(List.of("2024-02-25", "2024-12-08"), first.getList("data.claims.nodes.statedOn"));
        byDate.put("after", first.getString("data.claims.pageInfo.endCursor"));
        assertEquals(List.of("2025-02-04", "2025-02-16"), ok(query, byDate).getList("data.claims.nodes.statedOn"));

        byDate.put("order", "FIGURE_ASC");
        JsonPath foreign = failing(query, byDate);
        assertEquals("after", foreign.getString("errors[0].extensions.field"), "a cursor of another order is refused");
    }

    @Test
    void everyDashboardQueryIsOneSqlStatement() {
        Map<String, String> queries = Map.of(
                "estimates", "{ estimates(subject: \"Ukraine\", category: KILLED, population: MILITARY, asOf: \"2025-06-30\", first: 50) "
                        + "{ claimants medianBest bySide { side claimants } latest { id best claimant { id } document { id } } } }",
                "timeline", "{ timeline(subject: \"Ukraine\", category: KILLED, population: MILITARY, claimantIds: [\"" + zelensky + "\", \""
                        + syrskyi + "\"]) { claimant { id } points { date figure claim { id quote } } } }",
                "timeline of every claimant", "{ timeline(subject: \"Ukraine\", category: KILLED, population: MILITARY, from: \"2015-01-01\") "
                        + "{ claimant { id } points { figure } } }",
                "revisions", "{ revisions(claimantId: \"" + zelensky + "\", subject: \"Ukraine\", category: KILLED) { figure change document { id } } }",
                "claims, searched and sorted", "{ claims(first: 50, filter: { subject: \"Ukraine\", category: KILLED, population: MILITARY, "
                        + "search: \"soldiers\", from: \"2015-01-01\" }, orderBy: STATED_ON_DESC) { nodes { id best claimant { id } } } }");
        queries.forEach((name, query) -> {
            try (SqlStatementCounter sql = SqlStatementCounter.start()) {
                ok(query);
                assertEquals(1, sql.all().size(), name + " must be one SQL statement, was " + sql.statements());
            }
        });
    }

    @Test
    void theBenchmarksClaimsPageSqlIsWhatTheServiceSends() throws java.io.IOException {
        String file = java.nio.file.Files.readString(java.nio.file.Path.of("../bench/sql/claims-page.sql"));
        StringBuilder expected = new StringBuilder();
        int[] parameter = { 0 };
        file.lines().filter(line -> !line.startsWith("--")).forEach(line -> expected.append(' ').append(line));
        String normalized = java.util.regex.Pattern.compile(":[a-zA-Z]+").matcher(expected.toString().replaceAll("\\s+", " ").strip())
                .replaceAll(match -> "\\$" + ++parameter[0]);
        try (SqlStatementCounter sql = SqlStatementCounter.start()) {
            ok("{ claims(first: 50, filter: {subject: \"Ukraine\", category: KILLED, population: MILITARY}, orderBy: STATED_ON_DESC) "
                    + "{ nodes { id } } }");
            assertEquals(normalized, sql.all().get(0).replaceAll("\\s+", " ").strip(),
                    "bench/sql/claims-page.sql must be the statement the service sends, or the benchmark compares other SQL");
        }
    }

    @Test
    void badArgumentsAreErrorsNamingTheArgument() {
        String tomorrowAndMore = java.time.LocalDate.now().plusYears(5).toString();
        assertError("{ estimates(subject: \"Ukraine\", category: KILLED, population: MILITARY, asOf: \"" + tomorrowAndMore + "\") { claimants } }",
                "asOf", "BAD_USER_INPUT", "must not be in the future");
        assertError("{ estimates(subject: \" \", category: KILLED, population: MILITARY) { claimants } }", "subject", "BAD_USER_INPUT", "empty");
        assertError("{ estimates(subject: \"Ukraine\", category: KILLED, population: MILITARY, first: 501) { claimants } }",
                "first", "BAD_USER_INPUT", "between 1 and 500");
        assertError("{ timeline(subject: \"Ukraine\", category: KILLED, population: MILITARY, from: \"2025-03-01\", to: \"2025-01-01\") { points { date } } }",
                "from", "BAD_USER_INPUT", "must not be after to");
        assertError("{ timeline(subject: \"Ukraine\", category: KILLED, population: MILITARY, claimantIds: [\"" + zelensky + "\", \""
                + UUID.randomUUID() + "\"]) { points { date } } }", "claimantIds[1]", "NOT_FOUND", "no claimant");
        assertError("{ timeline(subject: \"Ukraine\", category: KILLED, population: MILITARY, claimantIds: [\"zelensky\"]) { points { date } } }",
                "claimantIds[0]", "BAD_USER_INPUT", "");
        assertError("{ revisions(claimantId: \"" + UUID.randomUUID() + "\", subject: \"Ukraine\", category: KILLED) { figure } }",
                "claimantId", "NOT_FOUND", "no claimant");
        assertError("{ claims(first: 1000) { nodes { id } } }", "first", "BAD_USER_INPUT", "between 1 and 500");
        assertError("{ claims(filter: { search: \"  \" }) { nodes { id } } }", "filter.search", "BAD_USER_INPUT", "blank");
        assertError("{ claims(filter: { from: \"2025-03-01\", to: \"2025-01-01\" }) { nodes { id } } }", "filter.from", "BAD_USER_INPUT", "");
        assertError("{ claims(after: \"bm90LWEtY3Vyc29y\") { nodes { id } } }", "after", "BAD_USER_INPUT", "cursor");
    }

    private static void assertError(String query, String field, String code, String reason) {
        JsonPath error = failing(query, Map.of());
        assertEquals(field, error.getString("errors[0].extensions.field"), error.prettify());
        assertEquals(code, error.getString("errors[0].extensions.code"), error.prettify());
        assertTrue(error.getString("errors[0].message").contains(reason), error.getString("errors[0].message"));
    }
}
