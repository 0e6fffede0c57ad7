package org.claimgraph.sources;

import static org.claimgraph.localstack.testing.GraphQLRequests.failing;
import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.claimgraph.localstack.testing.GraphQLRequests;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SourceApiTest {

    static final String CREATE = "mutation($input: SourceInput!) { createSource(input: $input) { id name kind affiliation aliases } }";
    static final String SEARCH = "query($search: String, $first: Int, $after: String) { sources(search: $search, first: $first, after: $after) "
            + "{ nodes { id name } edges { cursor } pageInfo { hasNextPage endCursor } } }";

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static int countMatching(String search) {
        return ok(SEARCH, Map.of("search", search, "first", 500)).getList("data.sources.nodes").size();
    }

    @Test
    void createsASourceWithAliasesAndReturnsItAgainForTheSameNameAndKind() {
        String name = unique("Volodymyr Zelensky");
        Map<String, Object> input = Map.of("name", name, "kind", "PERSON", "affiliation", "UA", "aliases", List.of(name + " Zelenskyy"));
        JsonPath first = ok(CREATE, Map.of("input", input));
        assertEquals(name, first.getString("data.createSource.name"));
        assertEquals(List.of(name, name + " Zelenskyy"), first.getList("data.createSource.aliases"));

        JsonPath again = ok(CREATE, Map.of("input", input));
        assertEquals(first.getString("data.createSource.id"), again.getString("data.createSource.id"));

        JsonPath otherKind = failing(CREATE, Map.of("input", Map.of("name", name.toUpperCase(), "kind", "GOVERNMENT")));
        assertEquals("CONFLICT", otherKind.getString("errors[0].extensions.code"));
        assertEquals("input.name", otherKind.getString("errors[0].extensions.field"));
    }

    @Test
    void findsSourcesByAnyAliasIgnoringCaseAndAccents() {
        String name = unique("Center for Strategic and International Studies");
        String id = ok(CREATE, Map.of("input", Map.of("name", name, "kind", "THINK_TANK"))).getString("data.createSource.id");
        String alias = unique("CSÍS");
        JsonPath added = ok("mutation($id: ID!, $alias: String!) { addAlias(sourceId: $id, alias: $alias) { aliases } }",
                Map.of("id", id, "alias", alias));
        assertTrue(added.getList("data.addAlias.aliases").contains(alias));
        // Adding it again, in another spelling, changes nothing.
        ok("mutation($id: ID!, $alias: String!) { addAlias(sourceId: $id, alias: $alias) { id } }",
                Map.of("id", id, "alias", alias.toLowerCase().replace("í", "i")));

        JsonPath found = ok(SEARCH, Map.of("search", alias.toUpperCase().replace("Í", "I")));
        assertEquals(List.of(id), found.getList("data.sources.nodes.id"));
    }

    @Test
    void resolvesNamesCaseAndAccentInsensitivelyInTheOrderGiven() {
        String base = unique("Eirik Kristoffersen");
        List<String> names = List.of(base, base.toLowerCase(), base.replace("i", "í"), unique("US officials"));
        List<String> ids = ok("mutation($names: [String!]!) { resolveSources(names: $names) { id name kind } }",
                Map.of("names", names)).getList("data.resolveSources.id");
        assertEquals(4, ids.size());
        assertEquals(ids.get(0), ids.get(1));
        assertEquals(ids.get(0), ids.get(2));
        assertNotEquals(ids.get(0), ids.get(3));
        assertEquals(1, countMatching(base));
    }

    @Test
    void newSourcesTakeTheCountryAndKindTheirNameStates() {
        String ministry = unique("Russian Defence Ministry unit");
        String forces = unique("Lebanon's armed forces");
        String both = unique("US and Russian officials");
        List<Map<String, String>> created = ok("mutation($names: [String!]!) { resolveSources(names: $names) { name kind affiliation } }",
                Map.of("names", List.of(ministry, forces, both))).getList("data.resolveSources");
        assertEquals("GOVERNMENT", created.get(0).get("kind"));
        assertEquals("RU", created.get(0).get("affiliation"));
        assertEquals("MILITARY", created.get(1).get("kind"));
        assertEquals("LB", created.get(1).get("affiliation"));
        assertEquals(null, created.get(2).get("affiliation"), "two countries: nobody can say which");
    }

    @Test
    void pagesThroughAllMatchesWithCursors() {
        String prefix = unique("Paging outlet");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            names.add(prefix + " " + i);
        }
        ok("mutation($names: [String!]!) { resolveSources(names: $names) { id } }", Map.of("names", names));
        Set<String> seen = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("search", prefix, "first", 3));
            if (after != null) {
                variables.put("after", after);
            }
            JsonPath page = ok(SEARCH, variables);
            seen.addAll(page.getList("data.sources.nodes.name"));
            after = page.getBoolean("data.sources.pageInfo.hasNextPage") ? page.getString("data.sources.pageInfo.endCursor") : null;
            pages++;
        } while (after != null);
        assertEquals(new HashSet<>(names), seen);
        assertEquals(3, pages);
    }

    @Test
    void rejectsBadInputNamingTheFieldAndWritesNothing() {
        JsonPath empty = failing(CREATE, Map.of("input", Map.of("name", "   ", "kind", "PERSON")));
        assertEquals("input.name", empty.getString("errors[0].extensions.field"));
        assertEquals("BAD_USER_INPUT", empty.getString("errors[0].extensions.code"));
        assertTrue(empty.getString("errors[0].message").contains("must not be empty"));

        String fresh = unique("Never written");
        JsonPath batch = failing("mutation($names: [String!]!) { resolveSources(names: $names) { id } }",
                Map.of("names", List.of(fresh, "")));
        assertEquals("names[1]", batch.getString("errors[0].extensions.field"));
        assertEquals(0, countMatching(fresh));

        JsonPath malformed = failing("{ source(id: \"not-a-uuid\") { id } }", Map.of());
        assertEquals("id", malformed.getString("errors[0].extensions.field"));
        assertTrue(malformed.getString("errors[0].message").contains("not a valid UUID"));

        JsonPath unknown = failing("{ source(id: \"" + UUID.randomUUID() + "\") { id } }", Map.of());
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"));

        JsonPath badEnum = failing("{ sources(kind: ROBOT) { nodes { id } } }", Map.of());
        assertTrue(badEnum.getString("errors[0].message").contains("ROBOT"), badEnum.prettify());

        JsonPath badEnumVariable = failing(CREATE, Map.of("input", Map.of("name", fresh, "kind", "ROBOT")));
        assertTrue(badEnumVariable.getString("errors[0].message").contains("SourceKind"), badEnumVariable.prettify());
        assertEquals(0, countMatching(fresh));

        JsonPath tooMany = failing(SEARCH, Map.of("first", 501));
        assertEquals("first", tooMany.getString("errors[0].extensions.field"));

        JsonPath badCursor = failing(SEARCH, Map.of("after", "garbage"));
        assertEquals("after", badCursor.getString("errors[0].extensions.field"));
    }

    @Test
    void answersErrorsWithStatus200ForJsonClients() {
        GraphQLRequests.post("{ sources(kind: ROBOT) { nodes { id } } }", Map.of()).then().statusCode(200);
        GraphQLRequests.post("{ source(id: \"x\") { id } }", Map.of()).then().statusCode(200);
    }
}
