package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.claimgraph.claims.claim.CasualtyCategory;
import org.claimgraph.claims.claim.ClaimDraft;
import org.claimgraph.claims.claim.ClaimIdentity;
import org.claimgraph.claims.claim.Population;
import org.claimgraph.claims.claim.Qualifier;
import org.claimgraph.claims.claim.RatePer;
import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.common.history.FieldChange;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Claims were one per document until V7; this gives each its identity fingerprint ({@link ClaimIdentity}, computed by
 * the same code that records claims) and merges the claims that are one statement into one claim with several
 * appearances. Within a group of one fingerprint, claims are taken in the order of their first appearance; each goes
 * into the earliest claim it is the same statement as (for a figure without asOf, within
 * {@link ClaimIdentity#SAME_STATEMENT_DAYS} days), else it starts a statement of its own: the rule recording applies
 * to a report arriving later.
 * <p>
 * Nothing is deleted silently. The kept claim is the earliest; its appearances gain the merged claim's (an appearance
 * in a document the kept claim appears in already stays in the record below). Its status becomes the one set last
 * by a reviewer among the merged claims (the latest history entry decides; without any, the kept claim's own), and
 * each merge is a MERGED entry in its history, at a new version, naming the merged claim and the status before and
 * after. The merged claim's row and appearances are kept as they were in {@code claims.merged_claim}, its history
 * stays in {@code claims.claim_change} under its id (the kept claim's history lists it), and its id answers the kept
 * claim.
 */
public class V8__merge_duplicate_claims extends BaseJavaMigration {

    private static final String ACTOR = "claimgraph";
    private static final String REASON = "the same statement, recorded once per document before claims had appearances";
    private static final int BATCH = 1000;

    /** A claim of a group, as the merge needs it. */
    private record Stated(UUID id, String fingerprint, LocalDate asOf, LocalDate statedOn, String status, int version,
            OffsetDateTime lastReviewed) implements ClaimIdentity.Candidate {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        fingerprint(connection);
        List<Stated> group = new ArrayList<>();
        String fingerprint = null;
        try (Statement select = connection.createStatement()) {
            select.setFetchSize(BATCH);
            // claims whose fingerprint is shared, each group in the order of first appearance
            try (ResultSet rows = select.executeQuery("select c.id, c.fingerprint, c.as_of, a.stated_on, c.status, c.version,"
                    + " (select max(h.changed_at) from claims.claim_change h where h.claim_id = c.id)"
                    + " from claims.claim c join claims.claim_appearance a on a.claim_id = c.id"
                    + " where c.fingerprint in (select fingerprint from claims.claim group by fingerprint having count(*) > 1)"
                    + " order by c.fingerprint, a.stated_on, a.recorded_at, a.id")) {
                List<List<Stated>> statements = new ArrayList<>();
                while (rows.next()) {
                    Stated claim = new Stated(rows.getObject(1, UUID.class), rows.getString(2), rows.getObject(3, LocalDate.class),
                            rows.getObject(4, LocalDate.class), rows.getString(5), rows.getInt(6), rows.getObject(7, OffsetDateTime.class));
                    if (!claim.fingerprint().equals(fingerprint)) {
                        statements.addAll(statements(group));
                        group.clear();
                        fingerprint = claim.fingerprint();
                    }
                    group.add(claim);
                }
                statements.addAll(statements(group));
                for (List<Stated> statement : statements) {
                    if (statement.size() > 1) {
                        merge(connection, statement);
                    }
                }
            }
        }
    }

    /** The claims of one fingerprint, in order of first appearance, split into statements as recording would. */
    private static List<List<Stated>> statements(List<Stated> group) {
        Map<Stated, List<Stated>> statements = new LinkedHashMap<>();
        for (Stated claim : group) {
            ClaimIdentity.statementOf(claim.fingerprint(), claim.asOf(), claim.statedOn(), statements.keySet())
                    .ifPresentOrElse(first -> statements.get(first).add(claim),
                            () -> statements.put(claim, new ArrayList<>(List.of(claim))));
        }
        return List.copyOf(statements.values());
    }

    /** Every claim's fingerprint recomputed without its document. */
    private static void fingerprint(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                PreparedStatement update = connection.prepareStatement("update claims.claim set fingerprint = ? where id = ?")) {
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery("select id, claimant_id, subject, population, category, qualifier, low, best,"
                    + " high, rate_per, period_start, period_start_precision, as_of, as_of_precision, scope, subgroup from claims.claim")) {
                int pending = 0;
                while (rows.next()) {
                    ClaimDraft claim = new ClaimDraft();
                    claim.claimantId = rows.getObject(2, UUID.class);
                    claim.subject = rows.getString(3);
                    claim.population = Population.valueOf(rows.getString(4));
                    claim.category = CasualtyCategory.valueOf(rows.getString(5));
                    claim.qualifier = Qualifier.valueOf(rows.getString(6));
                    claim.low = (Integer) rows.getObject(7);
                    claim.best = (Integer) rows.getObject(8);
                    claim.high = (Integer) rows.getObject(9);
                    claim.ratePer = rows.getString(10) == null ? null : RatePer.valueOf(rows.getString(10));
                    claim.periodStart = rows.getObject(11, LocalDate.class);
                    claim.periodStartPrecision = precision(rows.getString(12));
                    claim.asOf = rows.getObject(13, LocalDate.class);
                    claim.asOfPrecision = precision(rows.getString(14));
                    claim.scope = rows.getString(15);
                    claim.subgroup = rows.getString(16);
                    update.setString(1, ClaimIdentity.fingerprint(claim));
                    update.setObject(2, rows.getObject(1, UUID.class));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    update.executeBatch();
                }
            }
        }
    }

    private static DatePrecision precision(String stored) {
        return stored == null ? null : DatePrecision.valueOf(stored);
    }

    /** Merges the later claims of one statement into its first. */
    private static void merge(Connection connection, List<Stated> statement) throws SQLException {
        Stated kept = statement.get(0);
        Stated decided = kept;
        for (Stated claim : statement) {
            if (claim.lastReviewed() != null && (decided.lastReviewed() == null || claim.lastReviewed().isAfter(decided.lastReviewed()))) {
                decided = claim;
            }
        }
        String status = kept.status();
        int version = kept.version();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Stated merged : statement.subList(1, statement.size())) {
            int appearancesBefore = count(connection, "select count(*) from claims.claim_appearance where claim_id = ?", kept.id());
            execute(connection, "insert into claims.merged_claim (id, merged_into, merged_at, record) select c.id, ?, ?,"
                    + " jsonb_build_object('claim', to_jsonb(c), 'appearances', (select jsonb_agg(to_jsonb(a) order by a.stated_on, a.id)"
                    + " from claims.claim_appearance a where a.claim_id = c.id)) from claims.claim c where c.id = ?", kept.id(), now, merged.id());
            // an appearance in a document the kept claim appears in already stays in the record above only
            execute(connection, "delete from claims.claim_appearance a where a.claim_id = ? and a.document_id in"
                    + " (select k.document_id from claims.claim_appearance k where k.claim_id = ?)", merged.id(), kept.id());
            execute(connection, "update claims.claim_appearance set claim_id = ? where claim_id = ?", kept.id(), merged.id());
            execute(connection, "delete from claims.claim where id = ?", merged.id());
            String after = merged == statement.get(statement.size() - 1) ? decided.status() : status;
            Map<String, String[]> changes = new LinkedHashMap<>();
            changes.put("mergedClaim", new String[] { merged.id().toString(), kept.id().toString() });
            changes.put("appearances", new String[] { String.valueOf(appearancesBefore),
                    String.valueOf(count(connection, "select count(*) from claims.claim_appearance where claim_id = ?", kept.id())) });
            if (!after.equals(status)) {
                changes.put("status", new String[] { status, after });
            }
            version++;
            execute(connection, "insert into claims.claim_change (id, claim_id, version, action, actor, reason, changed_at, changes)"
                    + " values (?, ?, ?, 'MERGED', ?, ?, ?, cast(? as jsonb))", UUID.randomUUID(), kept.id(), version, ACTOR,
                    REASON + " (" + merged.status() + " at version " + merged.version() + ")", now, FieldChange.toJson(changes));
            status = after;
        }
        execute(connection, "update claims.claim set status = ?, version = ? where id = ?", status, version, kept.id());
    }

    private static int count(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
