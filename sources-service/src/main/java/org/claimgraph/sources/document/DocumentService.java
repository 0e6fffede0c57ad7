package org.claimgraph.sources.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.claimgraph.common.graphql.ConflictException;
import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.graphql.NotFoundException;
import org.claimgraph.common.graphql.Paging;
import org.claimgraph.common.persistence.AdvisoryLocks;
import org.claimgraph.common.persistence.Sha256;
import org.claimgraph.sources.source.SourceEntity;
import org.claimgraph.sources.source.SourceService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Documents. Every method expects to run inside a session (reads) or a transaction (writes) of the caller. */
@ApplicationScoped
public class DocumentService {

    /** Stands in for an unknown publication date in the sort order: undated documents come last. */
    static final LocalDate UNDATED = LocalDate.of(1, 1, 1);
    private static final Pattern AUTOMATION_NOTE = Pattern.compile(
            "created (?:using|with)(?: the help of)? automation technolog", Pattern.CASE_INSENSITIVE);
    private static final int MAX_TITLE = 1000;
    private static final int MAX_URL = 2048;
    private static final int CONTENT_LOCKS = 1;

    @Inject
    SourceService sources;

    @ConfigProperty(name = "claimgraph.documents.max-text-bytes", defaultValue = "1048576")
    int maxTextBytes;

    public Uni<DocumentEntity> get(UUID id, String field) {
        return DocumentEntity.<DocumentEntity> findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException(field, "document", id));
    }

    /** Documents by id in the order asked, null where none exists (or the id is null); one SQL query. */
    public Uni<List<DocumentEntity>> byIds(List<UUID> ids) {
        Set<UUID> distinct = ids.stream().filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(() -> new ArrayList<>(Collections.nCopies(ids.size(), null)));
        }
        return DocumentEntity.<DocumentEntity> list("id in ?1", distinct).map(found -> {
            Map<UUID, DocumentEntity> byId = found.stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
            List<DocumentEntity> ordered = new ArrayList<>(ids.size());
            ids.forEach(id -> ordered.add(id == null ? null : byId.get(id)));
            return ordered;
        });
    }

    /** Newest publication first, undated last; {@code from}/{@code to} bound the publication date inclusively. */
    public Uni<List<DocumentEntity>> page(UUID outletId, LocalDate from, LocalDate to, int size, String after) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("from", "must not be after to (" + from + " > " + to + ")");
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = Parameters.with("undated", UNDATED);
        if (outletId != null) {
            where.append(" and d.outletId = :outletId");
            parameters.and("outletId", outletId);
        }
        if (from != null) {
            where.append(" and d.publishedOn >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            where.append(" and d.publishedOn <= :to");
            parameters.and("to", to);
        }
        if (after != null) {
            String[] key = Paging.decode(after, 2);
            LocalDate afterDate;
            try {
                afterDate = LocalDate.parse(key[0]);
            } catch (RuntimeException malformed) {
                throw new InvalidInputException("after", "not a cursor returned by this field");
            }
            where.append(" and (coalesce(d.publishedOn, :undated) < :afterDate"
                    + " or (coalesce(d.publishedOn, :undated) = :afterDate and d.id < :afterId))");
            parameters.and("afterDate", afterDate).and("afterId", Ids.parse("after", key[1]));
        }
        return DocumentEntity.<DocumentEntity> find("from DocumentEntity d where " + where
                + " order by coalesce(d.publishedOn, :undated) desc, d.id desc", parameters)
                .range(0, size).list();
    }

    /**
     * Creates a document, or returns the one that already holds the same text: retries and re-ingestion are safe.
     * The text's line endings are normalized before hashing, so a copy with CRLF endings is the same document.
     */
    public Uni<DocumentEntity> create(DocumentInput input) {
        return create(validate(input));
    }

    /** What {@link #createWithSources} stored or found: the document, the outlet named (or null), the sources named. */
    public record WithSources(DocumentEntity document, SourceEntity outlet, List<SourceEntity> sources) {
    }

    /**
     * Resolves the outlet's and the sources' names ({@link SourceService#resolve}) and creates the document with that
     * outlet ({@link #create}), in the caller's one transaction: what ingesting an article needs from this service,
     * and nothing of it stays when a part fails. The same names and text again return the same sources and document.
     */
    public Uni<WithSources> createWithSources(DocumentInput input, String outletName, List<String> sourceNames) {
        if (outletName != null && input.outletId != null) {
            throw new InvalidInputException("outletName", "give either outletName or input.outletId, not both");
        }
        DocumentEntity document = validate(input);
        int offset = outletName == null ? 0 : 1;
        List<String> names = new ArrayList<>(sourceNames.size() + offset);
        if (outletName != null) {
            names.add(outletName);
        }
        names.addAll(sourceNames);
        return sources.resolve(names, "sourceNames", i -> i < offset ? "outletName" : "sourceNames[" + (i - offset) + "]")
                .chain(found -> {
                    SourceEntity outlet = outletName == null ? null : found.get(0);
                    if (outlet != null) {
                        document.outletId = outlet.id;
                    }
                    return create(document).map(stored -> new WithSources(stored, outlet, found.subList(offset, found.size())));
                });
    }

    private Uni<DocumentEntity> create(DocumentEntity document) {
        return lockContent(document.contentSha256)
                .chain(() -> DocumentEntity.<DocumentEntity> find("contentSha256", document.contentSha256).<DocumentEntity> firstResult())
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().<DocumentEntity> item(existing);
                    }
                    Uni<Void> checks = Uni.createFrom().voidItem();
                    if (document.outletId != null) {
                        // a merged outlet's id stands for the outlet kept
                        checks = checks.call(() -> sources.get(document.outletId, "input.outletId")
                                .invoke(outlet -> document.outletId = outlet.id));
                    }
                    if (document.url != null) {
                        checks = checks.call(() -> DocumentEntity.<DocumentEntity> find("url", document.url).<DocumentEntity> firstResult()
                                .invoke(sameUrl -> {
                                    if (sameUrl != null) {
                                        throw new ConflictException("input.url",
                                                "document " + sameUrl.id + " already has this URL with another text");
                                    }
                                }));
                    }
                    return checks.chain(() -> document.<DocumentEntity> persist()).call(() -> Panache.flush());
                });
    }

    private DocumentEntity validate(DocumentInput input) {
        DocumentEntity document = new DocumentEntity();
        document.title = validTitle(input.title);
        if (input.text == null || input.text.isBlank()) {
            throw new InvalidInputException("input.text", "must not be empty");
        }
        String text = input.text.replace("\r\n", "\n");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxTextBytes) {
            throw new InvalidInputException("input.text",
                    "is " + bytes.length + " bytes, over the maximum of " + maxTextBytes + " bytes");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidInputException("input.text", "must not contain NUL characters");
        }
        document.text = text;
        document.contentSha256 = Sha256.hex(bytes);
        document.automated = AUTOMATION_NOTE.matcher(text).find();
        document.url = validUrl(input.url);
        document.outletId = Ids.parseOrNull("input.outletId", input.outletId);
        if (input.publishedOn == null && input.publishedOnPrecision != null) {
            throw new InvalidInputException("input.publishedOnPrecision", "needs publishedOn");
        }
        if (input.publishedOn != null) {
            document.publishedOnPrecision = input.publishedOnPrecision == null ? DatePrecision.DAY : input.publishedOnPrecision;
            document.publishedOn = truncate(input.publishedOn, document.publishedOnPrecision);
        }
        document.id = Ids.newId();
        document.ingestedAt = OffsetDateTime.now();
        return document;
    }

    static String validTitle(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("input.title", "must not be empty");
        }
        String title = raw.strip();
        if (title.length() > MAX_TITLE) {
            throw new InvalidInputException("input.title", "must be at most " + MAX_TITLE + " characters");
        }
        return title;
    }

    static String validUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String url = raw.strip();
        if (url.length() > MAX_URL) {
            throw new InvalidInputException("input.url", "must be at most " + MAX_URL + " characters");
        }
        try {
            URI uri = new URI(url);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException malformed) {
            // reported below
        }
        throw new InvalidInputException("input.url", "must be an absolute http or https URL");
    }

    static LocalDate truncate(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    static LocalDate sortDate(DocumentEntity entity) {
        return entity.publishedOn == null ? UNDATED : entity.publishedOn;
    }

    /** Creation of the same text runs one transaction at a time. */
    private static Uni<Void> lockContent(String sha256) {
        return AdvisoryLocks.lock(CONTENT_LOCKS, List.of(sha256));
    }
}
