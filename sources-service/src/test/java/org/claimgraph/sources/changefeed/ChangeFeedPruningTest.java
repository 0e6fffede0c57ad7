package org.claimgraph.sources.changefeed;

import static org.claimgraph.localstack.testing.GraphQLRequests.ok;
import static org.claimgraph.localstack.testing.GraphQLRequests.postAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.claimgraph.localstack.EmbeddedPostgresTestResource;
import org.claimgraph.localstack.testing.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox is pruned of what was delivered: an event goes once every reader has acknowledged it and it is older than
 * the retention (30 days), never while one reader has not applied it, never while it is recent, and the last event
 * stays. Events are made old by setting their time in the database.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class ChangeFeedPruningTest {

    static final String ACKNOWLEDGE = "mutation($reader: String!, $position: Int!) {"
            + " acknowledgeChangeFeed(reader: $reader, position: $position) }";
    static final String FEED = "query($after: Int) { changeFeed(after: $after, first: 500) { position } }";

    @Inject
    ChangeFeedPruning pruning;

    final String claims = "claims-" + UUID.randomUUID();
    final String replica = "replica-" + UUID.randomUUID();

    @AfterEach
    void forgetTheReaders() throws SQLException {
        try (Connection database = database();
                PreparedStatement delete = database.prepareStatement("delete from sources.change_feed_reader where reader in (?, ?)")) {
            delete.setString(1, claims);
            delete.setString(2, replica);
            delete.executeUpdate();
        }
    }

    /** An edit of the source: one event; its position. */
    static int edit(String sourceId, int n) {
        succeeded(postAs(TestTokens.editor(), "mutation($id: ID!, $d: String) { updateSource(id: $id, input: {description: $d}) { version } }",
                Map.of("id", sourceId, "d", "edit " + n)));
        try (Connection database = database(); var last = database.createStatement().executeQuery(
                "select max(position) from sources.change_feed")) {
            last.next();
            return last.getInt(1);
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    static void succeeded(io.restassured.response.Response response) {
        JsonPath json = response.then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), json.prettify());
    }

    static List<Integer> positionsAfter(int after) {
        return ok(FEED, Map.of("after", after)).getList("data.changeFeed.position");
    }

    static void acknowledge(String reader, int position) {
        JsonPath json = postAs(TestTokens.editor(), ACKNOWLEDGE, Map.of("reader", reader, "position", position))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(position, json.getInt("data.acknowledgeChangeFeed"), json.prettify());
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class),
                ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class));
    }

    static void makeOld(int from, int to) throws SQLException {
        try (Connection database = database(); PreparedStatement old = database.prepareStatement(
                "update sources.change_feed set changed_at = now() - interval '40 days' where position between ? and ?")) {
            old.setLong(1, from);
            old.setLong(2, to);
            old.executeUpdate();
        }
    }

    int prune() {
        return pruning.pruneNow().await().atMost(Duration.ofSeconds(30));
    }

    @Test
    void deliveredEventsPastTheRetentionArePrunedAndNothingElse() throws SQLException {
        String source = ok("mutation { createSource(input: {name: \"Pruned ministry " + UUID.randomUUID() + "\", kind: GOVERNMENT}) { id } }")
                .getString("data.createSource.id");
        int first = edit(source, 1);
        int second = edit(source, 2);
        int third = edit(source, 3);
        int fourth = edit(source, 4);
        makeOld(first, fourth);

        // one reader has applied up to the second event, another up to the third: only the first two are delivered
        acknowledge(claims, second);
        acknowledge(replica, third);
        assertTrue(prune() >= 2);
        assertEquals(List.of(third, fourth), positionsAfter(first - 1).subList(0, 2));

        // all delivered now: the old ones go, the recent fifth stays
        int fifth = edit(source, 5);
        acknowledge(claims, fifth);
        acknowledge(replica, fifth);
        prune();
        assertEquals(List.of(fifth), positionsAfter(first - 1).subList(0, 1));

        // a reader that acknowledges less again (restored from a backup) holds back what it has not applied
        makeOld(fifth, fifth);
        int sixth = edit(source, 6);
        makeOld(sixth, sixth);
        int seventh = edit(source, 7);
        makeOld(seventh, seventh);
        acknowledge(claims, seventh);
        acknowledge(replica, fifth);
        prune();
        assertEquals(List.of(sixth, seventh), positionsAfter(first - 1).subList(0, 2));
    }

    @Test
    void withoutAReaderNothingIsPruned() throws SQLException {
        try (Connection database = database()) {
            database.createStatement().execute("delete from sources.change_feed_reader");
        }
        String source = ok("mutation { createSource(input: {name: \"Unread ministry " + UUID.randomUUID() + "\", kind: GOVERNMENT}) { id } }")
                .getString("data.createSource.id");
        int first = edit(source, 1);
        edit(source, 2);
        makeOld(first, first + 1_000_000);
        assertEquals(0, prune());
        assertEquals(first, positionsAfter(first - 1).get(0));
    }

    @Test
    void badAcknowledgementsNameTheArgumentAndRecordNothing() {
        String source = ok("mutation { createSource(input: {name: \"Acked ministry " + UUID.randomUUID() + "\", kind: GOVERNMENT}) { id } }")
                .getString("data.createSource.id");
        int last = edit(source, 1);

        JsonPath past = postAs(TestTokens.editor(), ACKNOWLEDGE, Map.of("reader", claims, "position", last + 1000)).then().extract().jsonPath();
        assertEquals("BAD_USER_INPUT", past.getString("errors[0].extensions.code"));
        assertEquals("position", past.getString("errors[0].extensions.field"));
        assertTrue(past.getString("errors[0].message").contains("past the feed's last event"), past.prettify());

        JsonPath negative = postAs(TestTokens.editor(), ACKNOWLEDGE, Map.of("reader", claims, "position", -1)).then().extract().jsonPath();
        assertEquals("position", negative.getString("errors[0].extensions.field"));

        JsonPath blank = postAs(TestTokens.editor(), ACKNOWLEDGE, Map.of("reader", " ", "position", last)).then().extract().jsonPath();
        assertEquals("BAD_USER_INPUT", blank.getString("errors[0].extensions.code"));
        assertEquals("reader", blank.getString("errors[0].extensions.field"));

        JsonPath anonymous = postAs(null, ACKNOWLEDGE, Map.of("reader", claims, "position", last)).then().extract().jsonPath();
        assertEquals("UNAUTHENTICATED", anonymous.getString("errors[0].extensions.code"));
    }
}
