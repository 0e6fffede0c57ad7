package org.claimgraph.claims.ingestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.claimgraph.common.security.Caller;
import org.claimgraph.claims.claim.ClaimEntity;
import org.claimgraph.claims.claim.ClaimInput;
import org.claimgraph.claims.claim.ClaimService;
import org.claimgraph.claims.extraction.ClaimExtractor;
import org.claimgraph.claims.extraction.ExtractedClaim;
import org.claimgraph.claims.sources.References;
import org.claimgraph.claims.sources.SourcesClient;
import org.claimgraph.claims.sources.SourcesFailures;
import org.claimgraph.claims.sources.SourcesGraphQLClient.CreatedDocument;
import org.claimgraph.claims.sources.SourcesGraphQLClient.DocumentInput;
import org.claimgraph.claims.sources.SourcesGraphQLClient.ResolvedSource;
import org.claimgraph.common.graphql.ConflictException;
import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.persistence.ResolverSessions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * From an article's text to stored claims: extract, resolve the claimants (and the outlet) in one sources-service
 * call, create or find the document there, then store the claims in one transaction here. Every step is idempotent,
 * so ingesting the same article again, or retrying after a failure, changes nothing that was already stored.
 */
@ApplicationScoped
public class IngestionService {

    private static final Logger LOG = Logger.getLogger(IngestionService.class);
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @Inject
    SourcesClient sources;
    @Inject
    References references;
    @Inject
    ClaimService claims;
    @ConfigProperty(name = "claimgraph.ingestion.max-text-bytes", defaultValue = "1048576")
    int maxTextBytes;

    /** An article to ingest, as given to {@code ingestArticle}. */
    public record Article(String title, String url, String outletName, LocalDate publishedOn, DatePrecision publishedOnPrecision,
            String text) {
    }

    /** What one ingestion stored: the document, its claims (new and already stored), and the figures nobody claims. */
    public record Result(String documentId, List<ClaimService.Recorded> claims, List<ExtractedClaim> unattributed) {
    }

    public List<ExtractedClaim> preview(String text, LocalDate publishedOn) {
        return EXTRACTOR.extract(ArticleText.check("text", text, maxTextBytes), publishedOn);
    }

    public Uni<Result> ingest(Article article) {
        Caller caller = Caller.current();
        if (article.title() == null || article.title().isBlank()) {
            throw new InvalidInputException("title", "must not be empty");
        }
        if (article.outletName() != null && article.outletName().isBlank()) {
            throw new InvalidInputException("outletName", "must not be blank when given");
        }
        List<ExtractedClaim> extracted = preview(article.text(), article.publishedOn());
        String outlet = article.outletName() == null ? null : article.outletName().strip();
        List<ExtractedClaim> attributable = new ArrayList<>();
        List<ExtractedClaim> unattributed = new ArrayList<>();
        for (ExtractedClaim claim : extracted) {
            (claim.claimant() != null || outlet != null ? attributable : unattributed).add(claim);
        }
        Set<String> names = new LinkedHashSet<>();
        if (outlet != null) {
            names.add(outlet);
        }
        attributable.forEach(c -> names.add(c.claimant() != null ? c.claimant() : outlet));
        List<String> nameList = List.copyOf(names);

        Uni<List<ResolvedSource>> resolved = nameList.isEmpty() ? Uni.createFrom().item(List.of())
                : call(sources.resolveSources(nameList, caller));
        return resolved.chain(sourcesFound -> {
            Map<String, String> idByName = new LinkedHashMap<>();
            for (int i = 0; i < nameList.size(); i++) {
                idByName.put(nameList.get(i), sourcesFound.get(i).id);
            }
            DocumentInput document = new DocumentInput();
            document.title = article.title();
            document.url = article.url();
            document.outletId = outlet == null ? null : idByName.get(outlet);
            document.publishedOn = article.publishedOn();
            document.publishedOnPrecision = article.publishedOn() == null ? null : article.publishedOnPrecision();
            document.text = article.text();
            return call(sources.createDocument(document, caller)).chain(created -> {
                List<ClaimEntity> toStore = toEntities(attributable, idByName, outlet, created);
                Set<String> claimantIds = new LinkedHashSet<>();
                toStore.forEach(claim -> claimantIds.add(claim.claimantId.toString()));
                List<References.Claimant> claimants = sourcesFound.stream().filter(found -> claimantIds.contains(found.id))
                        .map(References.Claimant::of).toList();
                return ResolverSessions.write(() -> references.store(claimants, List.of(References.DocumentReference.of(created)))
                        .chain(() -> claims.recordAll(toStore)))
                        .map(recorded -> new Result(created.id, recorded, unattributed));
            });
        });
    }

    /**
     * One entity per claim; figures the same claimant gives twice (a headline and the body, or two spellings of one
     * name) are one claim, keeping the mention with the most dates.
     */
    private static List<ClaimEntity> toEntities(List<ExtractedClaim> extracted, Map<String, String> idByName, String outlet,
            CreatedDocument document) {
        Map<List<Object>, ClaimEntity> unique = new LinkedHashMap<>();
        for (ExtractedClaim claim : extracted) {
            ClaimInput input = new ClaimInput();
            input.documentId = document.id;
            input.claimantId = idByName.get(claim.claimant() != null ? claim.claimant() : outlet);
            input.subject = claim.subject();
            input.population = claim.population();
            input.category = claim.category();
            input.low = claim.low();
            input.best = claim.best();
            input.high = claim.high();
            input.qualifier = claim.qualifier();
            input.ratePer = claim.ratePer();
            input.periodStart = claim.periodStart();
            input.periodStartPrecision = claim.periodStartPrecision();
            input.asOf = claim.asOf();
            input.asOfPrecision = claim.asOfPrecision();
            input.quote = claim.quote();
            input.spanStart = claim.spanStart();
            input.spanEnd = claim.spanEnd();
            input.confidence = claim.confidence();
            input.extractor = ClaimExtractor.VERSION;
            ClaimEntity entity;
            try {
                entity = ClaimService.validate(input, document.publishedOn);
            } catch (InvalidInputException invalid) {
                LOG.warnf("extracted claim skipped, %s: %s", invalid.getMessage(), claim);
                continue;
            }
            List<Object> key = Arrays.asList(entity.claimantId, entity.subject.toLowerCase(java.util.Locale.ROOT),
                    entity.population, entity.category, entity.low, entity.best, entity.high, entity.qualifier, entity.ratePer);
            unique.merge(key, entity, (kept, again) -> dates(again) > dates(kept) ? again : kept);
        }
        return List.copyOf(unique.values());
    }

    private static int dates(ClaimEntity claim) {
        return (claim.periodStart == null ? 0 : 1) + (claim.asOf == null ? 0 : 1);
    }

    /** sources-service's answers as our errors: its validation errors name our arguments; an outage is retryable. */
    private static <T> Uni<T> call(Uni<T> call) {
        return SourcesFailures.translated(call, error -> {
            String code = SourcesFailures.code(error);
            String field = SourcesFailures.field(error);
            String argument = field == null ? "text" : field.replaceFirst("^input\\.", "").replace("outletId", "outletName");
            if ("BAD_USER_INPUT".equals(code)) {
                return new InvalidInputException(argument, SourcesFailures.reason(error));
            }
            if ("CONFLICT".equals(code)) {
                return new ConflictException(argument, SourcesFailures.reason(error));
            }
            return null;
        });
    }
}
