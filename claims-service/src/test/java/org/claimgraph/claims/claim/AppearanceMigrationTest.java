package org.claimgraph.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import db.migration.V8__merge_duplicate_claims;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.localstack.testing.SourcesServiceTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migrations V7 and V8 on data of before appearances: claims recorded once per document, some of them one statement,
 * migrated in a database of their own from version 6 on.
 */
@QuarkusTest
@QuarkusTestResource(SourcesServiceTestResource.class)
class AppearanceMigrationTest {

    static final UUID CLAIMANT = UUID.randomUUID();
    static final String SUBJECT = "Migrationland";

    @Test
    void everyClaimGetsItsAppearanceAndDuplicatesAreMergedKeepingStatusAndHistory() throws SQLException {
        String url = database();
        migrate(url, "6");
        try (Connection db = DriverManager.getConnection(url, user(), password())) {
            UUID january10 = document(db, "2025-01-10");
            UUID january11 = document(db, "2025-01-11");
            UUID january12 = document(db, "2025-01-12");
            UUID march20 = document(db, "2025-03-20");
            OffsetDateTime recorded = OffsetDateTime.of(2025, 4, 1, 12, 0, 0, 0, ZoneOffset.UTC);
            // one statement in three documents: the two January reports within a week are one claim, March is another
            UUID reportedSecond = claim(db, january12, 500, null, "UNREVIEWED", 0, recorded);
            UUID reportedFirst = claim(db, january10, 500, null, "CONFIRMED", 1, recorded.plusHours(1));
            change(db, reportedFirst, 1, "REVIEWED", "{\"status\": [\"UNREVIEWED\", \"CONFIRMED\"]}", recorded.plusDays(1));
            UUID inMarch = claim(db, march20, 500, null, "UNREVIEWED", 0, recorded.plusHours(2));
            // a figure as of a date is one statement however far apart its reports; the later decision (a rejection) wins
            UUID dated = claim(db, january11, 500, LocalDate.of(2025, 1, 5), "UNREVIEWED", 0, recorded);
            UUID datedAgain = claim(db, march20, 500, LocalDate.of(2025, 1, 5), "REJECTED", 1, recorded.plusHours(3));
            change(db, datedAgain, 1, "REVIEWED", "{\"status\": [\"UNREVIEWED\", \"REJECTED\"]}", recorded.plusDays(2));
            UUID another = claim(db, january10, 501, null, "UNREVIEWED", 0, recorded);

            migrate(url, null);

            assertEquals(List.of(reportedFirst.toString(), inMarch.toString(), dated.toString(), another.toString()).stream().sorted().toList(),
                    strings(db, "select cast(id as text) from claims.claim order by 1"), "the duplicates merged into the earliest");
            assertEquals(List.of(january10 + " " + january12), strings(db, "select string_agg(cast(document_id as text), ' ' order by stated_on)"
                    + " from claims.claim_appearance where claim_id = '" + reportedFirst + "'"));
            assertEquals(List.of(january11 + " " + march20), strings(db, "select string_agg(cast(document_id as text), ' ' order by stated_on)"
                    + " from claims.claim_appearance where claim_id = '" + dated + "'"));
            assertEquals(List.of("1"), strings(db, "select cast(count(*) as text) from claims.claim_appearance where claim_id = '" + another + "'"));
            assertEquals(List.of("0"), strings(db, "select cast(count(*) as text) from claims.claim c where c.document_id <>"
                    + " (select a.document_id from claims.claim_appearance a where a.claim_id = c.id order by a.stated_on, a.recorded_at, a.id limit 1)"),
                    "every claim shows its first appearance");

            // status: the latest decision of the statement's claims; each merge a MERGED entry at a new version
            assertEquals(List.of("CONFIRMED 2"), strings(db, "select status || ' ' || version from claims.claim where id = '" + reportedFirst + "'"));
            assertEquals(List.of("REJECTED 1"), strings(db, "select status || ' ' || version from claims.claim where id = '" + dated + "'"));
            assertEquals(List.of("1 REVIEWED", "2 MERGED"), strings(db, "select version || ' ' || action from claims.claim_change where claim_id = '"
                    + reportedFirst + "' order by version"));
            assertEquals(List.of(reportedSecond + " " + reportedFirst), strings(db, "select changes->'mergedClaim'->>0 || ' ' || (changes->'mergedClaim'->>1)"
                    + " from claims.claim_change where action = 'MERGED' and claim_id = '" + reportedFirst + "'"));
            assertEquals(List.of("[\"UNREVIEWED\", \"REJECTED\"]"), strings(db, "select cast(changes->'status' as text) from claims.claim_change"
                    + " where action = 'MERGED' and claim_id = '" + dated + "'"));
            // nothing deleted silently: the merged claims' rows, appearances and history are kept
            assertEquals(List.of(datedAgain + " " + dated + " REJECTED 1", reportedSecond + " " + reportedFirst + " UNREVIEWED 1").stream().sorted().toList(),
                    strings(db, "select id || ' ' || merged_into || ' ' || (record->'claim'->>'status') || ' '"
                            + " || jsonb_array_length(record->'appearances') from claims.merged_claim order by 1"));
            assertEquals(List.of("1 REVIEWED"), strings(db, "select version || ' ' || action from claims.claim_change where claim_id = '" + datedAgain + "'"));

            // fingerprints are the identity recording computes now
            assertEquals(List.of(ClaimIdentity.fingerprint(draft(null, 500, null))),
                    strings(db, "select fingerprint from claims.claim where id = '" + reportedFirst + "'"));
            assertEquals(List.of(ClaimIdentity.reading(draft(january12, 500, null))),
                    strings(db, "select reading from claims.claim_appearance where document_id = '" + january12 + "'"),
                    "an appearance keeps the reading of its article");
            // a document's new date re-orders the appearances
            try (Statement update = db.createStatement()) {
                update.executeUpdate("update claims.document set published_on = '2025-01-09' where id = '" + january12 + "'");
            }
            assertEquals(List.of(january12 + " 2025-01-09"), strings(db, "select document_id || ' ' || stated_on from claims.claim where id = '" + reportedFirst + "'"));
        }
    }

    static ClaimDraft draft(UUID document, int best, LocalDate asOf) {
        ClaimDraft draft = new ClaimDraft();
        draft.documentId = document;
        draft.claimantId = CLAIMANT;
        draft.subject = SUBJECT;
        draft.population = Population.MILITARY;
        draft.category = CasualtyCategory.KILLED;
        draft.qualifier = Qualifier.EXACT;
        draft.best = best;
        draft.asOf = asOf;
        draft.asOfPrecision = asOf == null ? null : DatePrecision.DAY;
        return draft;
    }

    static UUID claim(Connection db, UUID document, int best, LocalDate asOf, String status, int version, OffsetDateTime recordedAt)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("insert into claims.claim (id, document_id, claimant_id, subject, population,"
                + " category, best, qualifier, as_of, as_of_precision, quote, confidence, extractor, fingerprint, recorded_at, status, version)"
                + " values (?, ?, ?, ?, 'MILITARY', 'KILLED', ?, 'EXACT', ?, ?, ?, 0.9, 'rules/1', ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, document);
            insert.setObject(3, CLAIMANT);
            insert.setString(4, SUBJECT);
            insert.setInt(5, best);
            insert.setObject(6, asOf);
            insert.setString(7, asOf == null ? null : "DAY");
            insert.setString(8, best + " soldiers were killed, document " + document);
            // the fingerprint of before appearances: the document and the figure
            insert.setString(9, ClaimIdentity.reading(draft(document, best, asOf)));
            insert.setObject(10, recordedAt);
            insert.setString(11, status);
            insert.setInt(12, version);
            insert.executeUpdate();
        }
        return id;
    }

    static void change(Connection db, UUID claim, int version, String action, String changes, OffsetDateTime at) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into claims.claim_change (id, claim_id, version, action, actor, reason,"
                + " changed_at, changes) values (?, ?, ?, ?, 'analyst', 'checked', ?, cast(? as jsonb))")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, claim);
            insert.setInt(3, version);
            insert.setString(4, action);
            insert.setObject(5, at);
            insert.setString(6, changes);
            insert.executeUpdate();
        }
    }

    static UUID document(Connection db, String publishedOn) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Statement insert = db.createStatement()) {
            insert.executeUpdate("insert into claims.claimant (id, name, kind) values ('" + CLAIMANT + "', 'Ministry', 'GOVERNMENT')"
                    + " on conflict do nothing");
            insert.executeUpdate("insert into claims.document (id, title, published_on) values ('" + id + "', 'Report', '" + publishedOn + "')");
        }
        return id;
    }

    static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement select = db.createStatement(); ResultSet rows = select.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Migrates to {@code target} (all when null), with the service's own migrations. */
    static void migrate(String url, String target) {
        var configuration = Flyway.configure().dataSource(url, user(), password())
                .schemas("claims").defaultSchema("claims").createSchemas(true)
                .locations("filesystem:src/main/resources/db/migration")
                .javaMigrations(new V8__merge_duplicate_claims());
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    /**
     * A new, empty database on the tests' PostgreSQL server, owned by the tests' user: created by that user where it
     * may, else by the embedded server's superuser (which trusts local connections).
     */
    static String database() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection server = DriverManager.getConnection(url, user(), password()); Statement create = server.createStatement()) {
            create.executeUpdate("create database " + name);
        } catch (SQLException notAllowed) {
            try (Connection server = DriverManager.getConnection(url, "postgres", ""); Statement create = server.createStatement()) {
                create.executeUpdate("create database " + name + " owner " + user());
            }
        }
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    static String user() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
    }

    static String password() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class);
    }
}
