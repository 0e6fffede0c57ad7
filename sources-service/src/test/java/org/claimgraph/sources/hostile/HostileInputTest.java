package org.claimgraph.sources.hostile;

import static org.claimgraph.localstack.testing.HostileRequests.get;
import static org.claimgraph.localstack.testing.HostileRequests.graphql;
import static org.claimgraph.localstack.testing.HostileRequests.rawBody;
import static org.claimgraph.localstack.testing.HostileRequests.rows;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.claimgraph.localstack.testing.HostileRequests;
import org.claimgraph.localstack.testing.HostileRequests.Case;
import org.junit.jupiter.api.Test;

/**
 * sources-service on its own: every request of the table is answered within 30 s, without a 5xx or a class name,
 * refused with the error code and field it names, and stores nothing.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class HostileInputTest {

    private static final String CREATE_SOURCE = "mutation($input: SourceInput!) { createSource(input: $input) { id } }";
    private static final String CREATE_DOCUMENT = "mutation($input: DocumentInput!) { createDocument(input: $input) { id } }";
    private static final String RESOLVE = "mutation($names: [String!]!) { resolveSources(names: $names) { id } }";
    private static final String SOURCES = "query($search: String, $first: Int) { sources(search: $search, first: $first) { nodes { id } } }";
    private static final String DOCUMENTS = "query($from: Date, $to: Date, $first: Int) { documents(from: $from, to: $to, first: $first) { nodes { id } } }";

    @TestHTTPResource("/")
    URI base;
    @Inject
    DataSource database;

    @Test
    void everyHostileRequestIsRefusedClearlyAndStoresNothing() {
        HostileRequests.assertAnsweredRightlyStoringNothing(base, cases(), 30, Map.of("sources", rows(database, "sources.source"),
                "aliases", rows(database, "sources.source_alias"), "documents", rows(database, "sources.document")));
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String bad = "BAD_USER_INPUT";
        cases.add(graphql("NUL in a source name", CREATE_SOURCE, "{\"input\": {\"name\": \"Zel\\u0000ensky\"}}", bad, "input.name"));
        cases.add(graphql("NUL in an alias", CREATE_SOURCE, "{\"input\": {\"name\": \"Someone\", \"aliases\": [\"a\", \"b\\u0000\"]}}", bad, "input.aliases[1]"));
        cases.add(graphql("NUL in an affiliation", CREATE_SOURCE, "{\"input\": {\"name\": \"Someone\", \"affiliation\": \"U\\u0000A\"}}", bad, "input.affiliation"));
        cases.add(graphql("NUL in a description", CREATE_SOURCE, "{\"input\": {\"name\": \"Someone\", \"description\": \"\\u0000\"}}", bad, "input.description"));
        cases.add(graphql("NUL in a name to resolve", RESOLVE, "{\"names\": [\"Zelensky\", \"\\u0000\"]}", bad, "names[1]"));
        cases.add(graphql("NUL in a name literal", "mutation { resolveSources(names: [\"a\\u0000\"]) { id } }", bad, "names[0]"));
        cases.add(graphql("NUL in a document title", CREATE_DOCUMENT, "{\"input\": {\"title\": \"T\\u0000\", \"text\": \"text\"}}", bad, "input.title"));
        cases.add(graphql("NUL in a document text", CREATE_DOCUMENT, "{\"input\": {\"title\": \"T\", \"text\": \"te\\u0000xt\"}}", bad, "input.text"));
        cases.add(graphql("NUL in a document url", CREATE_DOCUMENT, "{\"input\": {\"title\": \"T\", \"text\": \"x\", \"url\": \"https://a.example/\\u0000\"}}", bad, "input.url"));
        cases.add(graphql("NUL in a search", SOURCES, "{\"search\": \"zel\\u0000\"}", bad, "search"));
        cases.add(graphql("NUL in an addAlias alias", "mutation { addAlias(sourceId: \"01890000-0000-7000-8000-000000000000\", alias: \"x\\u0000\") { id } }", bad, "alias"));
        cases.add(graphql("publishedOn month 13", CREATE_DOCUMENT, "{\"input\": {\"title\": \"T\", \"text\": \"x\", \"publishedOn\": \"2025-13-45\"}}", bad, "input.publishedOn"));
        cases.add(graphql("publishedOn as a number", CREATE_DOCUMENT, "{\"input\": {\"title\": \"T\", \"text\": \"x\", \"publishedOn\": 20250101}}", bad, "input.publishedOn"));
        cases.add(graphql("documents from 2025-13-45", DOCUMENTS, "{\"from\": \"2025-13-45\"}", bad, "from"));
        cases.add(graphql("documents to literal number", "{ documents(to: 20250101) { nodes { id } } }", bad, "to"));
        cases.add(graphql("documents from 2025-02-30 literal", "{ documents(from: \"2025-02-30\") { nodes { id } } }", bad, "from"));
        cases.add(graphql("sources first 2^32+1 literal", "{ sources(first: 4294967297) { nodes { id } } }", bad, "first"));
        cases.add(graphql("sources first 2^31 variable", SOURCES, "{\"first\": 2147483648}", bad, "first"));
        cases.add(graphql("sources first 2^63 variable", SOURCES, "{\"first\": 9223372036854775808}", bad, "first"));
        cases.add(graphql("documents first -1", DOCUMENTS, "{\"first\": -1}", bad, "first"));
        cases.add(graphql("documents first 1.5", DOCUMENTS, "{\"first\": 1.5}", bad, "first"));
        cases.add(graphql("source malformed id", "{ source(id: \"not-a-uuid\") { id } }", bad, "id"));
        cases.add(graphql("document malformed id", "{ document(id: \"\\u0000\") { id } }", bad, "id"));
        cases.add(graphql("_entities bogus Document id", "{ _entities(representations: [{__typename: \"Document\", id: \"bogus\"}]) { ... on Document { title } } }", null, null));
        cases.add(graphql("_entities bogus Source id variable", "query($r: [_Any!]!) { _entities(representations: $r) { ... on Source { name } } }",
                "{\"r\": [{\"__typename\": \"Source\", \"id\": \"bogus\"}]}", null, null));
        cases.add(graphql("_entities without __typename", "{ _entities(representations: [{id: \"x\"}]) { __typename } }", bad, "representations[0].__typename"));
        cases.add(graphql("_entities unknown type", "{ _entities(representations: [{__typename: \"Claim\", id: \"x\"}]) { __typename } }", bad, "representations[0].__typename"));
        cases.add(graphql("_entities without key", "{ _entities(representations: [{__typename: \"Source\"}]) { __typename } }", bad, "representations[0].id"));
        cases.add(graphql("_entities a string", "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }", "{\"r\": [\"x\"]}", bad, "representations[0]"));
        cases.add(graphql("variables a string", SOURCES, "\"x\"", "BAD_REQUEST", null).expectStatus(400));
        cases.add(graphql("variables true", SOURCES, "true", "BAD_REQUEST", null).expectStatus(400));
        cases.add(rawBody("batched array", "application/json", "[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("truncated JSON", "application/json", "{\"query\": \"{ sources { nodes { id } } }\", \"variables\": {", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("Infinity in variables", "application/json", "{\"query\": \"{ __typename }\", \"variables\": {\"x\": Infinity}}", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("a JSON string", "application/json", "\"{ __typename }\"", "BAD_REQUEST").expectStatus(400));
        cases.add(rawBody("syntax error", "application/json", "{\"query\": \"{ sources(first: ) }\"}", "GRAPHQL_PARSE_FAILED"));
        cases.add(rawBody("application/graphql syntax error", "application/graphql", "{ sources(", "GRAPHQL_PARSE_FAILED"));
        cases.add(rawBody("a document without an operation", "application/json", "{\"query\": \"fragment F on Query { __typename }\"}", null));
        cases.add(get("GET variables an array", "/graphql?query=%7B__typename%7D&variables=%5B1%5D", "BAD_REQUEST", null).expectStatus(400));
        cases.add(HostileRequests.tooDeep());
        cases.add(graphql("1000 aliases", "{ " + HostileRequests.aliased("sources(first: 100) { nodes { id } }", 1001) + " }", "QUERY_TOO_MANY_ALIASES", null));
        cases.add(graphql("validation error, graphql-response+json", "{ sources { nope } }", "GRAPHQL_VALIDATION_FAILED", null)
                .accepting("application/graphql-response+json").expectStatus(400));
        cases.add(graphql("NUL, graphql-response+json", SOURCES, "{\"search\": \"\\u0000\"}", bad, "search")
                .accepting("application/graphql-response+json").expectStatus(400));
        return cases;
    }
}
