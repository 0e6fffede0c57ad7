package org.claimgraph.claims.hostile;

import static org.claimgraph.localstack.testing.HostileClaimRequests.INGEST_ARTICLE;
import static org.claimgraph.localstack.testing.HostileClaimRequests.recordClaimInput;
import static org.claimgraph.localstack.testing.HostileRequests.get;
import static org.claimgraph.localstack.testing.HostileRequests.graphql;
import static org.claimgraph.localstack.testing.HostileRequests.rawBody;
import static org.claimgraph.localstack.testing.HostileRequests.rows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.claimgraph.claims.SourcesFixture;
import org.claimgraph.localstack.testing.HostileClaimRequests;
import org.claimgraph.localstack.testing.HostileRequests;
import org.claimgraph.localstack.testing.HostileRequests.Case;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.junit.jupiter.api.Test;

/**
 * claims-service on its own, without the gateway in front: every request of the table is answered within 30 s,
 * without a 5xx or a class name, refused with the error code and field it names, and stores nothing.
 */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class HostileInputTest {

    private static final String RECORD = "mutation($input: ClaimInput!) { recordClaim(input: $input) { id best } }";
    private static final String CLAIMS = "query($filter: ClaimFilter, $first: Int) { claims(filter: $filter, first: $first) { nodes { id } } }";

    @TestHTTPResource("/")
    URI base;
    @Inject
    DataSource database;

    @Test
    void everyHostileRequestIsRefusedClearlyAndStoresNothing() {
        String document = SourcesFixture.document();
        String claimant = SourcesFixture.source();
        HostileRequests.assertAnsweredRightlyStoringNothing(base, cases(document, claimant), 50,
                Map.of("claims", rows(database, "claims.claim"), "documents", rows(database, "claims.document")));
    }

    @Test
    void aBodyShorterThanItsContentLengthIsCutAfterTheReadDeadline() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            long start = System.nanoTime();
            socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"query\":").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("REQUEST_TIMEOUT"), answer);
            assertTrue(seconds < 10, "cut after " + seconds + " s");
        }
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreTextWhileJsonLdKeepsThemVerbatim() {
        String document = SourcesFixture.document("=cmd|' /C calc'!A0", "2025-01-10");
        String claimant = SourcesFixture.source("@SUM(1+1)", "PERSON", null);
        String quote = "=HYPERLINK(\"https://evil.example\",\"1,000 killed\")";
        List<String> quotes = List.of(quote, "-1,000 is not a figure here", "+1000 killed", "\t1000 killed", "\r1000 killed");
        for (int i = 0; i < quotes.size(); i++) {
            // figures differ: the same figure from the same claimant is one claim whatever its quote
            Map<String, Object> input = new java.util.HashMap<>(Map.of("documentId", document, "claimantId", claimant,
                    "subject", "Ukraine", "population", "MILITARY", "category", "KILLED", "qualifier", "EXACT", "best", 1000 + i,
                    "quote", quotes.get(i)));
            org.claimgraph.localstack.testing.GraphQLRequests.ok(RECORD, Map.of("input", input));
        }
        String csv = io.restassured.RestAssured.given().queryParam("claimantId", claimant).get("/export/claims.csv")
                .then().statusCode(200).extract().asString();
        for (String line : csv.split("\r\n")) {
            for (String cell : line.split(",")) {
                String text = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertTrue(text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0, "a formula cell in: " + line);
            }
        }
        assertTrue(csv.contains("'=HYPERLINK("), csv);
        assertTrue(csv.contains("'@SUM(1+1)"), csv);
        assertTrue(csv.contains("'-1,000 is not a figure here"), csv);
        String jsonLd = io.restassured.RestAssured.given().queryParam("claimantId", claimant).get("/export/claims.jsonld")
                .then().statusCode(200).extract().asString();
        assertTrue(jsonLd.contains("\"text\":\"=HYPERLINK("), jsonLd);
        assertTrue(jsonLd.contains("\"name\":\"@SUM(1+1)"), jsonLd);
    }

    private static String recordLiteral(String document, String claimant, String field, String literal) {
        return "mutation { recordClaim(input: {documentId: \"" + document + "\", claimantId: \"" + claimant + "\", "
                + "subject: \"Ukraine\", population: MILITARY, category: KILLED, qualifier: EXACT, quote: \"1,000 killed\", "
                + field + ": " + literal + "}) { id } }";
    }

    private static List<Case> cases(String document, String claimant) {
        List<Case> cases = new ArrayList<>();
        String bad = "BAD_USER_INPUT";
        // 32-bit Ints that SmallRye would have narrowed silently: as variables and as literals
        cases.add(graphql("best 2^63 variable", RECORD, recordClaimInput(document, claimant, "best", "9223372036854775808"), bad, "input.best"));
        cases.add(graphql("best 2^32+100 variable", RECORD, recordClaimInput(document, claimant, "best", "4294967396"), bad, "input.best"));
        cases.add(graphql("best 2^31 variable", RECORD, recordClaimInput(document, claimant, "best", "2147483648"), bad, "input.best"));
        cases.add(graphql("best -2^31-1 variable", RECORD, recordClaimInput(document, claimant, "best", "-2147483649"), bad, "input.best"));
        cases.add(graphql("best 1.5 variable", RECORD, recordClaimInput(document, claimant, "best", "1.5"), bad, "input.best"));
        cases.add(graphql("best 1e400 variable", RECORD, recordClaimInput(document, claimant, "best", "1e400"), null, null));
        cases.add(graphql("low 2^40 variable", RECORD, recordClaimInput(document, claimant, "low", "1099511627776"), bad, "input.low"));
        cases.add(graphql("high 2^63 variable", RECORD, recordClaimInput(document, claimant, "high", "9223372036854775808"), bad, "input.high"));
        cases.add(graphql("spanStart 2^32+5 variable", RECORD, recordClaimInput(document, claimant, "spanStart", "4294967301"), bad, "input.spanStart"));
        cases.add(graphql("spanEnd 2^33 variable", RECORD, recordClaimInput(document, claimant, "spanEnd", "8589934592"), bad, "input.spanEnd"));
        cases.add(graphql("best 2^63 literal", recordLiteral(document, claimant, "best", "9223372036854775808"), bad, "input.best"));
        cases.add(graphql("best 2^32+100 literal", recordLiteral(document, claimant, "best", "4294967396"), bad, "input.best"));
        cases.add(graphql("spanStart 2^32+5 literal", recordLiteral(document, claimant, "spanStart", "4294967301"), bad, "input.spanStart"));
        cases.add(graphql("low -2^63 literal", recordLiteral(document, claimant, "low", "-9223372036854775808"), bad, "input.low"));
        cases.add(graphql("first 2^32+1 literal", "{ claims(first: 4294967297) { nodes { id } } }", bad, "first"));
        cases.add(graphql("first 2^31 variable", CLAIMS, "{\"first\": 2147483648}", bad, "first"));
        cases.add(graphql("first -1", "{ claims(first: -1) { nodes { id } } }", bad, "first"));
        cases.add(graphql("first 0", "{ claims(first: 0) { nodes { id } } }", bad, "first"));
        cases.add(graphql("estimates first 2^32", "{ estimates(subject: \"Ukraine\", category: KILLED, population: MILITARY, first: 4294967296) { claimants } }", bad, "first"));
        cases.add(graphql("nested claims first -1", "{ _entities(representations: [{__typename: \"Source\", id: \"" + claimant
                + "\"}]) { ... on Source { claims(first: -1) { nodes { id } } } } }", bad, "first"));
        cases.add(graphql("nested claims first 2^32", "{ _entities(representations: [{__typename: \"Document\", id: \"" + document
                + "\"}]) { ... on Document { claims(first: 4294967296) { nodes { id } } } } }", bad, "first"));
        // dates
        cases.add(graphql("asOf in the future", RECORD, recordClaimInput(document, claimant, "asOf", "\"2999-01-01\""), bad, "input.asOf"));
        cases.add(graphql("asOf month 13", RECORD, recordClaimInput(document, claimant, "asOf", "\"2025-13-45\""), bad, "input.asOf"));
        cases.add(graphql("asOf as a number", RECORD, recordClaimInput(document, claimant, "asOf", "20250101"), bad, "input.asOf"));
        cases.add(graphql("periodStart in the future", RECORD, recordClaimInput(document, claimant, "periodStart", "\"2999-01-01\""), bad, null));
        cases.add(graphql("filter from 2025-13-45 literal", "{ claims(filter: {from: \"2025-13-45\"}) { nodes { id } } }", bad, "filter.from"));
        cases.add(graphql("filter from 20250101 literal", "{ claims(filter: {from: 20250101}) { nodes { id } } }", bad, "filter.from"));
        cases.add(graphql("filter to 2025-02-30 variable", CLAIMS, "{\"filter\": {\"to\": \"2025-02-30\"}}", bad, "filter.to"));
        cases.add(graphql("filter from not a date variable", CLAIMS, "{\"filter\": {\"from\": \"yesterday\"}}", bad, "filter.from"));
        cases.add(graphql("filter from as an object", CLAIMS, "{\"filter\": {\"from\": {\"year\": 2025}}}", bad, "filter.from"));
        cases.add(graphql("estimates asOf malformed", "{ estimates(subject: \"Ukraine\", category: KILLED, population: MILITARY, asOf: \"2025-00-10\") { claimants } }", bad, "asOf"));
        cases.add(graphql("extractClaims publishedOn malformed", "{ extractClaims(text: \"x\", publishedOn: \"10/03/2025\") { best } }", bad, "publishedOn"));
        // NUL characters, which PostgreSQL text cannot hold
        cases.add(graphql("NUL in quote", RECORD, recordClaimInput(document, claimant, "quote", "\"killed\\u0000\""), bad, "input.quote"));
        cases.add(graphql("NUL in subject", RECORD, recordClaimInput(document, claimant, "subject", "\"Ukr\\u0000aine\""), bad, "input.subject"));
        cases.add(graphql("NUL in search", CLAIMS, "{\"filter\": {\"search\": \"killed\\u0000\"}}", bad, "filter.search"));
        cases.add(graphql("NUL in filter subject", CLAIMS, "{\"filter\": {\"subject\": \"\\u0000\"}}", bad, "filter.subject"));
        cases.addAll(HostileClaimRequests.nulInIngestedArticle());
        cases.add(graphql("NUL in ingestArticle text", INGEST_ARTICLE, "{\"title\": \"T\", \"text\": \"killed\\u0000\"}", bad, "text"));
        cases.add(graphql("NUL in estimates subject literal", "{ estimates(subject: \"U\\u0000\", category: KILLED, population: MILITARY) { claimants } }", bad, "subject"));
        cases.add(graphql("NUL in an _entities id", "{ _entities(representations: [{__typename: \"Document\", id: \"a\\u0000b\"}]) { __typename } }", bad, null));
        // ids and entities
        cases.add(graphql("_entities bogus Document id", "{ _entities(representations: [{__typename: \"Document\", id: \"not-a-uuid\"}]) "
                + "{ ... on Document { claims { nodes { id } } } } }", null, null));
        cases.add(graphql("_entities without id", "{ _entities(representations: [{__typename: \"Document\"}]) { __typename } }", null, null));
        cases.add(graphql("_entities unknown typename", "{ _entities(representations: [{__typename: \"Nope\", id: \"x\"}]) { __typename } }", null, null));
        cases.add(graphql("claim bogus id", "{ claim(id: \"../../etc/passwd\") { id } }", bad, "id"));
        cases.add(graphql("recordClaim unknown document", RECORD, recordClaimInput(document, claimant, "documentId", "\"01890000-0000-7000-8000-000000000000\""), "NOT_FOUND", null));
        cases.add(graphql("recordClaim malformed claimant", RECORD, recordClaimInput(document, claimant, "claimantId", "\"x\""), bad, null));
        cases.add(graphql("after not a cursor", "{ claims(after: \"%%%\") { nodes { id } } }", bad, "after"));
        cases.add(graphql("negative best", RECORD, recordClaimInput(document, claimant, "best", "-5"), bad, null));
        // request shapes
        cases.add(graphql("variables a string", CLAIMS, "\"x\"", "BAD_REQUEST", null).expectStatus(400));
        cases.add(graphql("variables an array", CLAIMS, "[1, 2]", "BAD_REQUEST", null).expectStatus(400));
        cases.add(graphql("variables a number", CLAIMS, "5", "BAD_REQUEST", null).expectStatus(400));
        cases.add(rawBody("batched array", "application/json", "[{\"query\": \"{ __typename }\"}]", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("not JSON", "application/json", "{\"query\": ", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("NaN in variables", "application/json", "{\"query\": \"{ __typename }\", \"variables\": {\"x\": NaN}}", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("JSON null", "application/json", "null", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("query a number", "application/json", "{\"query\": 5}", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("no query", "application/json", "{\"variables\": {}}", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("operationName a number", "application/json", "{\"query\": \"{ __typename }\", \"operationName\": 5}", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("extensions a string", "application/json", "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("empty body", "application/json", "", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("invalid UTF-8 as latin-1 text", "application/json", "{\"query\": \"{ __typename \u00ff }\"}", null));
        cases.add(rawBody("syntax error", "application/json", "{\"query\": \"{ claims(\"}", null));
        cases.add(rawBody("form body", "application/x-www-form-urlencoded", "query=%7B__typename%7D", null));
        cases.add(get("GET variables not JSON", "/graphql?query=%7B__typename%7D&variables=x", "BAD_REQUEST", null).expectStatus(400));
        cases.add(get("GET first 2^31", "/graphql?query=%7Bclaims(first%3A2147483648)%7Bnodes%7Bid%7D%7D%7D", bad, "first"));
        // documents too big
        cases.add(HostileRequests.tooDeep());
        cases.add(graphql("1000 aliases", "{ " + HostileRequests.aliased("claims(first: 100) { nodes { id } }", 1000) + " }", "QUERY_TOO_MANY_ALIASES", null));
        cases.add(graphql("5000 fields", "{ claims(first: 1) { nodes { " + "id ".repeat(5000) + "} } }", "QUERY_TOO_MANY_FIELDS", null));
        cases.add(graphql("fragment bomb", fragmentBomb(), "QUERY_TOO_MANY_FIELDS", null));
        // GraphQL-over-HTTP: validation errors are 4xx for application/graphql-response+json
        cases.add(graphql("unknown field, graphql-response+json", "{ nope }", null, null).accepting("application/graphql-response+json").expectStatus(400));
        cases.add(graphql("Int overflow, graphql-response+json", "{ claims(first: 4294967297) { nodes { id } } }", bad, "first")
                .accepting("application/graphql-response+json").expectStatus(400));
        // exports
        cases.add(get("export NUL in subject", "/export/claims.csv?subject=Ukr%00aine", "BAD_USER_INPUT", "subject").expectStatus(400));
        cases.add(get("export NUL in search", "/export/claims.jsonld?search=killed%00", "BAD_USER_INPUT", "search").expectStatus(400));
        cases.add(get("export from malformed", "/export/claims.csv?from=2025-13-45", "BAD_USER_INPUT", "from").expectStatus(400));
        cases.add(get("export limit 2^63", "/export/claims.csv?limit=9223372036854775808", "BAD_USER_INPUT", "limit").expectStatus(400));
        cases.add(get("export unknown parameter", "/export/claims.csv?drop=table", "BAD_USER_INPUT", "drop").expectStatus(400));
        return cases;
    }

    /** Each fragment spreads the one below it twice: 2^12 copies of one field from a short document. */
    private static String fragmentBomb() {
        StringBuilder query = new StringBuilder("{ claims(first: 1) { nodes { ...f0 } } }");
        for (int i = 0; i < 12; i++) {
            query.append(" fragment f").append(i).append(" on Claim { ...f").append(i + 1).append(" ...f").append(i + 1).append(" }");
        }
        return query.append(" fragment f12 on Claim { id }").toString();
    }
}
