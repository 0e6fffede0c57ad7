package org.claimgraph.claims.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.claimgraph.claims.ClaimsConfig;
import org.claimgraph.claims.claim.CasualtyCategory;
import org.claimgraph.claims.claim.Population;
import org.claimgraph.claims.claim.RatePer;
import org.claimgraph.claims.dashboard.DashboardService.Series;
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.graphql.NotFoundException;
import org.claimgraph.common.graphql.Paging;
import org.claimgraph.common.persistence.ResolverSessions;
import org.claimgraph.claims.extraction.Subjects;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Questions dashboards ask: who says what as of a date, how far apart they are, how a figure moved over time. */
@GraphQLApi
public class DashboardGraphQLApi {

    /** The earliest date a dashboard may ask about; nothing before it is a casualty figure of a war we track. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final int MAX_SUBJECT = 100;

    @Inject
    DashboardService dashboard;
    @Inject
    ClaimsConfig config;

    Clock clock = Clock.systemUTC();

    @Query
    @Description("Each claimant's latest claim as of a date (a claim counts from its statedOn: asOf, else its document's publication date), and the spread across claimants: overall and by side (the side whose losses are counted, its adversary, third parties). Cumulative totals unless ratePer is given. One SQL statement.")
    public Uni<@NonNull Estimates> estimates(@NonNull String subject, @NonNull CasualtyCategory category,
            @NonNull Population population, RatePer ratePer,
            @Description("Also count figures limited to a region, town, unit or subgroup (scope or subgroup set); by default only national totals count.") @DefaultValue("false") boolean includeScoped,
            @Description("Also count REJECTED and RETRACTED claims; by default they are left out.") @DefaultValue("false") boolean includeRejected,
            @Description("Defaults to today; must not be in the future.") LocalDate asOf,
            @Description("How many of the latest claims to return, largest first (1 to 500, default 20).") Integer first) {
        Series series = series(subject, category, population, ratePer, includeScoped, includeRejected);
        LocalDate today = LocalDate.now(clock);
        LocalDate date = asOf == null ? today : asOf;
        // One day of slack: a client ahead of UTC may already live tomorrow.
        if (date.isAfter(today.plusDays(1))) {
            throw new InvalidInputException("asOf", "must not be in the future (" + date + " is after " + today + ")");
        }
        if (date.isBefore(EARLIEST)) {
            throw new InvalidInputException("asOf", "must not be before " + EARLIEST + ", was " + date);
        }
        int size = Paging.pageSize(first);
        return ResolverSessions.read(() -> dashboard.estimates(series, date, size)).map(estimates -> {
            estimates.subject = series.subject();
            estimates.category = category;
            estimates.population = population;
            estimates.ratePer = ratePer;
            return estimates;
        });
    }

    @Query
    @Description("Points per claimant over time, for a line chart: per day (or the interval given in every) the claimant's latest figure, at its statedOn, oldest first. Without claimantIds every claimant with a figure is included. Cumulative totals unless ratePer is given. At most 5,000 points (claimgraph.dashboard.max-timeline-points): narrow by claimantIds, from or to beyond that. One SQL statement.")
    public Uni<@NonNull List<@NonNull TimelineSeries>> timeline(@NonNull String subject, @NonNull CasualtyCategory category,
            @NonNull Population population, RatePer ratePer,
            @Description("Also count figures limited to a region, town, unit or subgroup (scope or subgroup set); by default only national totals count.") @DefaultValue("false") boolean includeScoped,
            @Description("Also count REJECTED and RETRACTED claims; by default they are left out.") @DefaultValue("false") boolean includeRejected,
            @Description("The claimants to draw, in the order their series are returned (at most 100).") List<String> claimantIds,
            @Description("Earliest statedOn, inclusive.") LocalDate from,
            @Description("Latest statedOn, inclusive.") LocalDate to,
            @Description("One point per claimant and interval: the latest figure in it (default DAY).") TimelineInterval every) {
        Series series = series(subject, category, population, ratePer, includeScoped, includeRejected);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("from", "must not be after to (" + from + " > " + to + ")");
        }
        List<UUID> ids = null;
        if (claimantIds != null) {
            if (claimantIds.isEmpty()) {
                throw new InvalidInputException("claimantIds", "must name at least one claimant when given");
            }
            if (claimantIds.size() > config.dashboard().maxTimelineClaimants()) {
                throw new InvalidInputException("claimantIds", "at most " + config.dashboard().maxTimelineClaimants() + " claimants, was " + claimantIds.size());
            }
            ids = new ArrayList<>();
            for (int i = 0; i < claimantIds.size(); i++) {
                ids.add(Ids.parse("claimantIds[" + i + "]", claimantIds.get(i)));
            }
        }
        List<UUID> requested = ids;
        LocalDate start = from == null ? EARLIEST : from;
        LocalDate end = to == null ? LocalDate.of(9999, 12, 31) : to;
        return ResolverSessions.read(() -> dashboard.timeline(series, requested, start, end,
                every == null ? TimelineInterval.DAY : every, config.dashboard().maxTimelinePoints())).map(timeline -> {
            if (timeline.truncated()) {
                throw new InvalidInputException(requested == null ? "claimantIds" : "from",
                        "the timeline has more than " + config.dashboard().maxTimelinePoints() + " points; narrow it with claimantIds, from or to");
            }
            if (!timeline.unknownClaimants().isEmpty()) {
                UUID unknown = timeline.unknownClaimants().get(0);
                throw new NotFoundException("claimantIds[" + requested.indexOf(unknown) + "]", "claimant with recorded claims", unknown);
            }
            return timeline.series();
        });
    }

    @Query
    @Description("How one claimant's figure changed: each of its statements on the subject and category, oldest first, with the document it was made in and the change from the claimant's statement before on the same population. All populations unless one is given; cumulative totals unless ratePer is given. One SQL statement.")
    public Uni<@NonNull List<@NonNull Revision>> revisions(@NonNull @Id String claimantId, @NonNull String subject,
            @NonNull CasualtyCategory category, Population population, RatePer ratePer,
            @Description("Also count figures limited to a region, town, unit or subgroup (scope or subgroup set); by default only national totals count.") @DefaultValue("false") boolean includeScoped,
            @Description("Also count REJECTED and RETRACTED claims; by default they are left out.") @DefaultValue("false") boolean includeRejected) {
        UUID claimant = Ids.parse("claimantId", claimantId);
        Series series = series(subject, category, population, ratePer, includeScoped, includeRejected);
        return ResolverSessions.read(() -> dashboard.revisions(claimant, series, config.dashboard().maxRevisions())).map(found -> {
            if (found == null) {
                throw new NotFoundException("claimantId", "claimant with recorded claims", claimant);
            }
            if (found.truncated()) {
                throw new InvalidInputException("population", "the claimant has more than " + config.dashboard().maxRevisions()
                        + " statements here; narrow them by population or ratePer (claimgraph.dashboard.max-revisions)");
            }
            return found.revisions();
        });
    }

    private static Series series(String subject, CasualtyCategory category, Population population, RatePer ratePer,
            boolean includeScoped, boolean includeRejected) {
        if (subject == null || subject.isBlank()) {
            throw new InvalidInputException("subject", "must not be empty");
        }
        if (subject.strip().length() > MAX_SUBJECT) {
            throw new InvalidInputException("subject", "must be at most " + MAX_SUBJECT + " characters");
        }
        return new Series(Subjects.canonical(subject), category.name(), population == null ? "ANY" : population.name(),
                ratePer == null ? "TOTAL" : ratePer.name(), includeScoped, includeRejected);
    }
}
