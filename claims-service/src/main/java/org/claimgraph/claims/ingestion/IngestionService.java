package org.claimgraph.claims.ingestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.claimgraph.common.security.Caller;
import org.claimgraph.claims.ClaimsConfig;
import org.claimgraph.claims.claim.ClaimDraft;
import org.claimgraph.claims.claim.ClaimRecording;
import org.claimgraph.claims.claim.ClaimService;
import org.claimgraph.claims.extraction.ClaimExtractor;
import org.claimgraph.claims.extraction.ExtractedClaim;
import org.claimgraph.claims.sources.References;
import org.claimgraph.claims.sources.SourcesClient;
import org.claimgraph.claims.sources.SourcesFailures;
import org.claimgraph.claims.sources.SourcesGraphQLClient.DocumentInput;
import org.claimgraph.claims.sources.SourcesGraphQLClient.DocumentWithSources;
import org.claimgraph.claims.sources.SourcesGraphQLClient.ResolvedSource;
import org.claimgraph.common.graphql.ApiException;
import org.claimgraph.common.graphql.ConflictException;
import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.common.graphql.InvalidInputException;
import org.jboss.logging.Logger;

/**
 * From an article's text to stored claims: extract, then in one sources-service call (one transaction there) resolve
 * the claimants and the outlet and create or find the document, then store the claims in one transaction here. Every step is idempotent,
 * so ingesting the same article again, or retrying after a failure, changes nothing that was already stored.
 */
@ApplicationScoped
public class IngestionService {

    private static final Logger LOG = Logger.getLogger(IngestionService.class);
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    /** The fields of sources-service's createDocumentWithSources, as the arguments of ingestArticle they come from. */
    private static final Map<String, String> ARGUMENTS = Map.of("input.title", "title", "input.url", "url",
            "outletName", "outletName", "input.publishedOn", "publishedOn",
            "input.publishedOnPrecision", "publishedOnPrecision", "input.text", "text");

    @Inject
    SourcesClient sources;
    @Inject
    ClaimRecording recording;
    @Inject
    ClaimsConfig config;

    /** An article to ingest, as given to {@code ingestArticle}. */
    public record Article(String title, String url, String outletName, LocalDate publishedOn, DatePrecision publishedOnPrecision,
            String text) {
    }

    /** What one ingestion stored: the document, its claims (new and already stored), and the figures nobody claims. */
    public record Result(String documentId, List<ClaimService.Recorded> claims, List<ExtractedClaim> unattributed) {
    }

    public List<ExtractedClaim> preview(String text, LocalDate publishedOn) {
        return EXTRACTOR.extract(ArticleText.check("text", text, config.ingestion().maxTextBytes()), publishedOn);
    }

    /** An article checked and read, as sources-service is asked to store it: what one ingestion and a batch share. */
    record Prepared(String outlet, List<ExtractedClaim> attributable, List<ExtractedClaim> unattributed, List<String> names,
            DocumentInput document) {
    }

    public Uni<Result> ingest(Article article) {
        Caller caller = Caller.current();
        Prepared prepared = prepare(article, "");
        // one call and one transaction there: the claimants, the outlet and the document, or nothing of them
        return call(sources.createDocumentWithSources(prepared.document(), prepared.outlet(), prepared.names(), caller))
                .chain(stored -> record(prepared, stored));
    }

    /**
     * Checks the article and reads its claims; every error names its field after {@code prefix} (empty for
     * ingestArticle's arguments, {@code articles[3].} in a batch).
     */
    Prepared prepare(Article article, String prefix) {
        if (article.title() == null || article.title().isBlank()) {
            throw new InvalidInputException(prefix + "title", "must not be empty");
        }
        if (article.outletName() != null && article.outletName().isBlank()) {
            throw new InvalidInputException(prefix + "outletName", "must not be blank when given");
        }
        List<ExtractedClaim> extracted = EXTRACTOR.extract(
                ArticleText.check(prefix + "text", article.text(), config.ingestion().maxTextBytes()), article.publishedOn());
        String outlet = article.outletName() == null ? null : article.outletName().strip();
        List<ExtractedClaim> attributable = new ArrayList<>();
        List<ExtractedClaim> unattributed = new ArrayList<>();
        for (ExtractedClaim claim : extracted) {
            (claim.claimant() != null || outlet != null ? attributable : unattributed).add(claim);
        }
        Set<String> names = new LinkedHashSet<>();
        attributable.forEach(c -> names.add(c.claimant() != null ? c.claimant() : outlet));
        DocumentInput document = new DocumentInput();
        document.title = article.title();
        document.url = article.url();
        document.publishedOn = article.publishedOn();
        document.publishedOnPrecision = article.publishedOn() == null ? null : article.publishedOnPrecision();
        document.text = article.text();
        return new Prepared(outlet, attributable, unattributed, List.copyOf(names), document);
    }

    /** Stores the claims of an article whose document and claimants sources-service stored, in one transaction here. */
    Uni<Result> record(Prepared prepared, DocumentWithSources stored) {
        String outlet = prepared.outlet();
        List<String> nameList = prepared.names();
        Map<String, ResolvedSource> sourceByName = new LinkedHashMap<>();
        if (outlet != null) {
            sourceByName.put(outlet, stored.outlet);
        }
        for (int i = 0; i < nameList.size(); i++) {
            sourceByName.put(nameList.get(i), stored.sources.get(i));
        }
        Map<String, String> idByName = new LinkedHashMap<>();
        sourceByName.forEach((name, source) -> idByName.put(name, source.id));
        List<ClaimDraft> drafts = drafts(prepared.attributable(), idByName, outlet, UUID.fromString(stored.document.id));
        Set<UUID> claimantIds = new LinkedHashSet<>();
        drafts.forEach(draft -> claimantIds.add(draft.claimantId));
        Map<UUID, References.Claimant> claimants = new LinkedHashMap<>();
        sourceByName.values().stream().map(References.Claimant::of).filter(found -> claimantIds.contains(found.id()))
                .forEach(found -> claimants.putIfAbsent(found.id(), found));
        return recording.record(drafts, claimants.values(), List.of(References.DocumentReference.of(stored.document)))
                .map(recorded -> new Result(stored.document.id, recorded, prepared.unattributed()));
    }

    /**
     * One validated draft per claim; figures the same claimant gives twice (a headline and the body, or two spellings
     * of one name) are one claim, keeping the mention with the most dates.
     */
    private static List<ClaimDraft> drafts(List<ExtractedClaim> extracted, Map<String, String> idByName, String outlet,
            UUID documentId) {
        Map<List<Object>, ClaimDraft> unique = new LinkedHashMap<>();
        for (int i = 0; i < extracted.size(); i++) {
            ExtractedClaim claim = extracted.get(i);
            ClaimDraft draft;
            try {
                draft = draft(claim, documentId, UUID.fromString(idByName.get(claim.claimant() != null ? claim.claimant() : outlet)))
                        .validated("claims[" + i + "]");
            } catch (InvalidInputException invalid) {
                LOG.warnf("extracted claim skipped, %s: %s", invalid.getMessage(), claim);
                continue;
            }
            List<Object> key = Arrays.asList(draft.claimantId, draft.subject.toLowerCase(java.util.Locale.ROOT),
                    draft.population, draft.category, draft.low, draft.best, draft.high, draft.qualifier, draft.ratePer);
            unique.merge(key, draft, (kept, again) -> dates(again) > dates(kept) ? again : kept);
        }
        return List.copyOf(unique.values());
    }

    /** The claim the extractor read, as a draft of this document and claimant. */
    static ClaimDraft draft(ExtractedClaim claim, UUID documentId, UUID claimantId) {
        ClaimDraft draft = new ClaimDraft();
        draft.documentId = documentId;
        draft.claimantId = claimantId;
        draft.subject = claim.subject();
        draft.population = claim.population();
        draft.category = claim.category();
        draft.low = claim.low();
        draft.best = claim.best();
        draft.high = claim.high();
        draft.qualifier = claim.qualifier();
        draft.ratePer = claim.ratePer();
        draft.periodStart = claim.periodStart();
        draft.periodStartPrecision = claim.periodStartPrecision();
        draft.asOf = claim.asOf();
        draft.asOfPrecision = claim.asOfPrecision();
        draft.quote = claim.quote();
        draft.spanStart = claim.spanStart();
        draft.spanEnd = claim.spanEnd();
        draft.scope = claim.scope();
        draft.subgroup = claim.subgroup();
        draft.confidence = claim.confidence();
        draft.extractor = ClaimExtractor.VERSION;
        return draft;
    }

    private static int dates(ClaimDraft claim) {
        return (claim.periodStart == null ? 0 : 1) + (claim.asOf == null ? 0 : 1);
    }

    /** sources-service's answers as our errors: its validation errors name our arguments; an outage is retryable. */
    private static <T> Uni<T> call(Uni<T> call) {
        return SourcesFailures.translated(call, error -> refusal(SourcesFailures.code(error), SourcesFailures.field(error),
                SourcesFailures.reason(error), ""));
    }

    /**
     * sources-service's refusal of an article's input as our error on the argument it came from (after {@code prefix}),
     * or null when the error is not about the input.
     */
    static ApiException refusal(String code, String sourcesField, String reason, String prefix) {
        String argument = prefix + (sourcesField == null ? "text" : ARGUMENTS.getOrDefault(sourcesField, "text"));
        if ("BAD_USER_INPUT".equals(code)) {
            return new InvalidInputException(argument, reason);
        }
        if ("CONFLICT".equals(code)) {
            return new ConflictException(argument, reason);
        }
        return null;
    }
}
