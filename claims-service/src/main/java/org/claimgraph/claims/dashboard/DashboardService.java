package org.claimgraph.claims.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimgraph.claims.claim.Claim;
import org.claimgraph.claims.claim.ClaimEntity;
import org.claimgraph.claims.claim.ClaimRows;
import org.claimgraph.claims.claim.Document;
import org.claimgraph.claims.claim.Side;
import org.claimgraph.claims.claim.Source;

/**
 * The dashboard queries, each one SQL statement. The statements live in {@code src/main/resources/sql/} so that the
 * benchmark runs exactly the same SQL through pgbench. Every method expects to run inside a session of the caller.
 */
@ApplicationScoped
public class DashboardService {

    static final String ESTIMATES = sql("estimates");
    static final String TIMELINE = sql("timeline");
    static final String TIMELINE_ALL_CLAIMANTS = sql("timeline-all-claimants");
    static final String REVISIONS = sql("revisions");

    /**
     * What every dashboard query selects on: whose losses (compared case-insensitively, by PostgreSQL's lower() as the
     * column is), what is counted, among whom, totals or a rate.
     */
    public record Series(String subject, String category, String population, String basis, boolean includeScoped, boolean includeRejected) {
    }

    public Uni<Estimates> estimates(Series series, LocalDate asOf, int first) {
        return rows(ESTIMATES, Map.of("subject", series.subject(), "category", series.category(),
                "population", series.population(), "basis", series.basis(), "includeScoped", series.includeScoped(), "includeRejected", series.includeRejected(), "asOf", asOf,
                "limit", first))
                .map(rows -> {
                    Estimates estimates = new Estimates();
                    estimates.asOf = asOf;
                    estimates.bySide = new ArrayList<>();
                    estimates.latest = new ArrayList<>();
                    Map<Side, Spread> bySide = new EnumMap<>(Side.class);
                    for (Object spreadJson : new JsonArray((String) rows.get(0)[0])) {
                        JsonObject json = (JsonObject) spreadJson;
                        Spread spread = new Spread();
                        spread.claimants = json.getInteger("claimants");
                        spread.minLow = json.getInteger("minLow");
                        spread.medianBest = json.getDouble("medianBest");
                        spread.maxHigh = json.getInteger("maxHigh");
                        if (json.getString("side").equals("ALL")) {
                            estimates.claimants = spread.claimants;
                            estimates.minLow = spread.minLow;
                            estimates.medianBest = spread.medianBest;
                            estimates.maxHigh = spread.maxHigh;
                        } else {
                            spread.side = Side.valueOf(json.getString("side"));
                            bySide.put(spread.side, spread);
                        }
                    }
                    estimates.bySide.addAll(bySide.values());
                    for (Object[] row : rows) {
                        ClaimEntity claim = ClaimRows.read(row, 1);
                        if (claim != null) {
                            estimates.latest.add(Claim.of(claim));
                        }
                    }
                    return estimates;
                });
    }

    /**
     * One series per claimant, in the order of {@code claimantIds} (by claimant id when none are given), with one point
     * per interval: the latest claim in it.
     *
     * @return the series, and the requested ids that this service does not know as claimants
     */
    public Uni<Timeline> timeline(Series series, List<UUID> claimantIds, LocalDate from, LocalDate to, TimelineInterval every,
            int maxPoints) {
        Map<String, Object> parameters = new LinkedHashMap<>(Map.of("subject", series.subject(), "category", series.category(),
                "population", series.population(), "basis", series.basis(), "includeScoped", series.includeScoped(), "includeRejected", series.includeRejected(), "from", from,
                "to", to, "every", every.sqlField(),
                "limit", maxPoints + 1));
        String sql = TIMELINE_ALL_CLAIMANTS;
        if (claimantIds != null) {
            parameters.put("claimantIds", claimantIds.toArray(new UUID[0]));
            sql = TIMELINE;
        }
        return rows(sql, parameters).map(rows -> {
            Map<UUID, TimelineSeries> byClaimant = new LinkedHashMap<>();
            if (claimantIds != null) {
                claimantIds.forEach(id -> byClaimant.put(id, null));
            }
            int points = 0;
            for (Object[] row : rows) {
                UUID claimant = ClaimRows.uuid(row[0]);
                TimelineSeries line = byClaimant.get(claimant);
                if (line == null) {
                    line = new TimelineSeries();
                    line.claimant = Source.reference(claimant);
                    byClaimant.put(claimant, line);
                }
                ClaimEntity claim = ClaimRows.read(row, 1);
                if (claim != null) {
                    line.points.add(point(claim));
                    points++;
                }
            }
            List<UUID> unknown = byClaimant.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
            List<TimelineSeries> lines = byClaimant.values().stream().filter(line -> line != null).toList();
            return new Timeline(lines, unknown, rows.size() > maxPoints, points);
        });
    }

    /** A timeline's series; {@code unknownClaimants} are requested ids with no row here, {@code truncated} means over the limit. */
    public record Timeline(List<TimelineSeries> series, List<UUID> unknownClaimants, boolean truncated, int points) {
    }

    /**
     * A claimant's statements on a series, oldest first, each with its change from the claimant's previous statement
     * on the same population; null when the claimant is unknown here.
     */
    public Uni<Revisions> revisions(UUID claimantId, Series series, int maxRevisions) {
        return rows(REVISIONS, Map.of("claimantId", claimantId.toString(), "subject", series.subject(),
                "category", series.category(), "population", series.population(), "basis", series.basis(),
                "includeScoped", series.includeScoped(), "includeRejected", series.includeRejected(), "limit", maxRevisions + 1)).map(rows -> {
                    if (rows.isEmpty()) {
                        return null;
                    }
                    List<Revision> revisions = new ArrayList<>();
                    Map<org.claimgraph.claims.claim.Population, Integer> previous = new EnumMap<>(org.claimgraph.claims.claim.Population.class);
                    for (Object[] row : rows.subList(0, Math.min(rows.size(), maxRevisions))) {
                        ClaimEntity claim = ClaimRows.read(row, 1);
                        if (claim == null) {
                            continue;
                        }
                        Revision revision = new Revision();
                        revision.date = claim.statedOn;
                        revision.figure = claim.figure();
                        Integer before = previous.put(claim.population, revision.figure);
                        revision.change = before == null ? null : revision.figure - before;
                        revision.document = Document.reference(claim.documentId);
                        revision.claim = Claim.of(claim);
                        revisions.add(revision);
                    }
                    return new Revisions(revisions, rows.size() > maxRevisions);
                });
    }

    /** A claimant's revisions; {@code truncated} when there are more than asked for. */
    public record Revisions(List<Revision> revisions, boolean truncated) {
    }

    private static TimelinePoint point(ClaimEntity claim) {
        TimelinePoint point = new TimelinePoint();
        point.date = claim.statedOn;
        point.low = claim.low;
        point.best = claim.best;
        point.high = claim.high;
        point.figure = claim.figure();
        point.qualifier = claim.qualifier;
        point.claim = Claim.of(claim);
        return point;
    }

    private static Uni<List<Object[]>> rows(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    private static String sql(String name) {
        try (InputStream in = DashboardService.class.getResourceAsStream("/sql/" + name + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource sql/" + name + ".sql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
