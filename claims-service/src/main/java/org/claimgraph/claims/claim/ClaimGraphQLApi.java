package org.claimgraph.claims.claim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.claimgraph.claims.sources.References;
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.graphql.Paging;
import org.claimgraph.common.persistence.ResolverSessions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@Link(url = Link.FEDERATION_SPEC_LATEST_URL, _import = {
        @Import(name = "@key"), @Import(name = "@shareable") })
public class ClaimGraphQLApi {

    @Inject
    ClaimService claims;
    @Inject
    References references;
    @Inject
    ClaimRecording recording;
    @Inject
    SubjectService subjects;

    @Query
    @Description("One claim by id; an unknown id is an error. The id of a claim merged into another as the same statement answers the claim it went into, whose mergedClaimIds lists it.")
    public Uni<Claim> claim(@Id @NonNull String id) {
        UUID claimId = Ids.parse("id", id);
        return ResolverSessions.read(() -> claims.get(claimId, "id")).map(Claim::of);
    }

    @Query
    @Description("Claims matching the filter, in the order asked for (by default the order they were recorded in). One SQL statement per page.")
    public Uni<@NonNull ClaimConnection> claims(ClaimFilter filter, ClaimOrder orderBy, Integer first, String after) {
        int size = Paging.pageSize(first);
        ClaimQuery query = ClaimQuery.of(filter, orderBy, after);
        return ResolverSessions.read(() -> claims.page(query, size + 1))
                .map(fetched -> ClaimConnection.of(fetched, size, query::cursorOf, query));
    }

    @Description("How many claims the list holds in all (its filter, whatever the cursor and page size): one SQL count, run only when asked for.")
    public Uni<@NonNull Integer> totalCount(@org.eclipse.microprofile.graphql.Source ClaimConnection connection) {
        if (connection.counted == null) {
            return Uni.createFrom().item(0);
        }
        return ResolverSessions.read(() -> claims.count(connection.counted));
    }

    @Description("Whose side the claimant is on towards the claim's subject, by the claimant's affiliation and the subject's belligerents: the split of estimates.bySide. A subject without known belligerents has third parties only.")
    public Uni<List<@NonNull Side>> side(@org.eclipse.microprofile.graphql.Source List<Claim> batch) {
        Set<UUID> ids = new LinkedHashSet<>();
        batch.forEach(claim -> ids.add(UUID.fromString(claim.id)));
        return ResolverSessions.read(() -> claims.sides(ids))
                // every claim of the batch was read from the table, so its row is there
                .map(sides -> batch.stream().map(claim -> sides.get(UUID.fromString(claim.id))).toList());
    }

    @Query
    @Description("Every subject claims are about, by its canonical name, with its claim counts, most claimed first. Subject arguments accept any alias ('Gaza', 'Palestinians': Palestine).")
    public Uni<@NonNull List<@NonNull Subject>> subjects() {
        return ResolverSessions.read(() -> subjects.all());
    }

    @Mutation
    @Description("Records a claim by hand. A statement stored before (the same claimant's same figure, see Claim.appearances) gets the document as one more appearance instead of a second claim; recording the same again returns the stored claim. The document and claimant must exist in sources-service (NOT_FOUND otherwise); if it is unavailable the error is UNAVAILABLE with extensions.retryable = true and nothing is stored.")
    public Uni<@NonNull Claim> recordClaim(@NonNull ClaimInput input) {
        ClaimDraft draft = input.draft("input").validated("input"); // the input's own errors before any call
        return references.lookup(draft.documentId, "input.documentId", draft.claimantId, "input.claimantId")
                .chain(found -> {
                    // the id sources-service answers with: a merged claimant's id answers the claimant kept
                    draft.claimantId = found.claimant().id();
                    return recording.record(List.of(draft), List.of(found.claimant()), List.of(found.document()));
                })
                .map(recorded -> Claim.of(recorded.get(0).claim()));
    }

    @Description("The claims this source makes, in the order they were recorded.")
    public Uni<List<@NonNull ClaimConnection>> claims(@org.eclipse.microprofile.graphql.Source List<Source> batch,
            Integer first, String after) {
        return connections("claimant_id", batch.stream().map(s -> s.id).toList(), first, after);
    }

    @Name("claims")
    @Description("The claims this document reports (as any of their appearances, not only the first), in the order they were recorded.")
    public Uni<List<@NonNull ClaimConnection>> documentClaims(@org.eclipse.microprofile.graphql.Source List<Document> batch,
            Integer first, String after) {
        return connections("document_id", batch.stream().map(d -> d.id).toList(), first, after);
    }

    private Uni<List<ClaimConnection>> connections(String ownerColumn, List<String> ownerIds, Integer first, String after) {
        int size = Paging.pageSize(first);
        // A malformed id (a bogus _entities representation) owns no claims; toList() keeps its null in place.
        List<UUID> owners = ownerIds.stream().map(Ids::parseOrNullIfMalformed).toList();
        Set<UUID> distinct = new LinkedHashSet<>(owners);
        distinct.remove(null);
        return ResolverSessions.read(() -> claims.pagesByOwner(ownerColumn, distinct, size + 1, after))
                .map(byOwner -> owners.stream()
                        .map(owner -> owner == null ? ClaimConnection.of(List.of(), size, null)
                                : ClaimConnection.of(byOwner.getOrDefault(owner, List.of()), size, ownerQuery(ownerColumn, owner)))
                        .toList());
    }

    /** The claims of one source or document, as {@code totalCount} counts them. */
    private static ClaimQuery ownerQuery(String ownerColumn, UUID owner) {
        ClaimFilter filter = new ClaimFilter();
        if (ownerColumn.equals("claimant_id")) {
            filter.claimantId = owner.toString();
        } else {
            filter.documentId = owner.toString();
        }
        return ClaimQuery.of(filter, null, null);
    }

    /** Federation: sources-service owns Source; this subgraph resolves references to add {@code claims}. */
    @Resolver
    public List<Source> sourceEntities(@Name("id") List<String> ids) {
        return ids.stream().map(id -> {
            Source source = new Source();
            source.id = id;
            return source;
        }).toList();
    }

    /** Federation: sources-service owns Document; this subgraph resolves references to add {@code claims}. */
    @Resolver
    public List<Document> documentEntities(@Name("id") List<String> ids) {
        return ids.stream().map(id -> {
            Document document = new Document();
            document.id = id;
            return document;
        }).toList();
    }

}
