package org.claimgraph.sources;

import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.claimgraph.localstack.testing.SqlStatementCounter;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class FederationTest {

    static final String ENTITIES = "query($representations: [_Any!]!) { _entities(representations: $representations) "
            + "{ __typename ... on Source { id name kind } ... on Document { id title } } }";

    @Test
    void servesAFederationV2Sdl() {
        String sdl = ok("{ _service { sdl } }").getString("data._service.sdl");
        assertTrue(sdl.contains("https://specs.apollo.dev/federation/v2.7"), sdl);
        assertTrue(sdl.contains("type Source @key(fields : \"id\")"));
        assertTrue(sdl.contains("type Document @key(fields : \"id\")"));
    }

    @Test
    void resolvesAHundredSourceKeysWithOneSqlQuery() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            names.add("Entity source " + i + " " + UUID.randomUUID());
        }
        List<String> ids = ok("mutation($names: [String!]!) { resolveSources(names: $names) { id } }", Map.of("names", names))
                .getList("data.resolveSources.id");
        List<Map<String, Object>> representations = new ArrayList<>();
        ids.forEach(id -> representations.add(Map.of("__typename", "Source", "id", id)));
        String unknown = UUID.randomUUID().toString();
        representations.add(50, Map.of("__typename", "Source", "id", unknown));

        JsonPath answer;
        try (SqlStatementCounter sql = SqlStatementCounter.start()) {
            answer = ok(ENTITIES, Map.of("representations", representations));
            assertEquals(1, sql.selects().size(), "one query for the whole batch, got " + sql.statements());
        }
        List<Map<String, Object>> entities = answer.getList("data._entities");
        assertEquals(101, entities.size());
        assertNull(entities.get(50), "an unknown key resolves to null");
        List<Object> resolved = entities.stream().map(entity -> entity == null ? null : entity.get("id")).toList();
        List<Object> expected = new ArrayList<>(ids);
        expected.add(50, null);
        assertEquals(expected, resolved, "order of the representations is kept");
        assertEquals(names.get(0), answer.getString("data._entities[0].name"));
    }

    @Test
    void resolvesAHundredDocumentKeysWithOneSqlQuery() {
        List<Map<String, Object>> representations = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String id = ok("mutation($input: DocumentInput!) { createDocument(input: $input) { id } }",
                    Map.of("input", Map.of("title", "Doc " + i, "text", "Entity document " + UUID.randomUUID())))
                    .getString("data.createDocument.id");
            representations.add(Map.of("__typename", "Document", "id", id));
        }
        try (SqlStatementCounter sql = SqlStatementCounter.start()) {
            JsonPath answer = ok(ENTITIES, Map.of("representations", representations));
            assertEquals(1, sql.selects().size(), "one query for the whole batch, got " + sql.statements());
            assertEquals("Doc 99", answer.getString("data._entities[99].title"));
        }
    }
}
