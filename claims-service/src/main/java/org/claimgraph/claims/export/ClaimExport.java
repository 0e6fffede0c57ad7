package org.claimgraph.claims.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.claimgraph.claims.ClaimsConfig;
import org.claimgraph.claims.claim.CasualtyCategory;
import org.claimgraph.claims.claim.ClaimFilter;
import org.claimgraph.claims.claim.ClaimOrder;
import org.claimgraph.claims.claim.ClaimQuery;
import org.claimgraph.claims.claim.ClaimStatus;
import org.claimgraph.claims.claim.Population;
import org.claimgraph.common.graphql.ApiException;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.persistence.ResolverSessions;
import org.jboss.logging.Logger;

/**
 * The claims of any filter as a file: {@code GET /export/claims.csv} and {@code GET /export/claims.jsonld}
 * (schema.org {@code Claim} items: the quote, its claimant, where it appeared and when). The query parameters are
 * those of {@code ClaimFilter} plus {@code orderBy} and {@code limit}. Rows are streamed in keyset batches, so an
 * export of any size holds one batch in memory. A bad parameter is HTTP 400 with a GraphQL-style error body.
 */
@ApplicationScoped
public class ClaimExport {

    private static final Logger LOG = Logger.getLogger(ClaimExport.class);
    private static final Set<String> PARAMETERS = Set.of("subject", "category", "population", "claimantId", "documentId",
            "outletId", "from", "to", "search", "scoped", "status", "orderBy", "limit");

    @Inject
    ExportRows rows;
    @Inject
    ClaimsConfig config;

    void routes(@Observes Router router) {
        router.get("/export/claims.csv").handler(context -> export(context, new CsvWriter()));
        router.get("/export/claims.jsonld").handler(context -> export(context, new JsonLdWriter()));
    }

    private void export(RoutingContext context, Writer writer) {
        ClaimFilter filter;
        ClaimOrder order;
        long limit;
        try {
            for (String name : context.queryParams().names()) {
                if (!PARAMETERS.contains(name)) {
                    throw new InvalidInputException(name, "unknown parameter; known are " + String.join(", ", PARAMETERS.stream().sorted().toList()));
                }
                for (String value : context.queryParams().getAll(name)) {
                    if (value.indexOf('\0') >= 0) { // PostgreSQL would refuse it after the header row was sent
                        throw new InvalidInputException(name, "must not contain a NUL character (%00)");
                    }
                }
            }
            filter = filter(context);
            order = enumParameter(context, "orderBy", ClaimOrder.class, ClaimOrder.RECORDED);
            limit = limit(context.queryParams().get("limit"));
            ClaimQuery.of("", filter, order, null); // every parameter checked before the first byte is sent
        } catch (ApiException invalid) {
            // The filter's fields are plain query parameters here: the checks name them without a path (from).
            JsonObject error = new JsonObject().put("message", invalid.getMessage())
                    .put("extensions", new JsonObject().put("code", "BAD_USER_INPUT").put("field", invalid.field()));
            context.response().setStatusCode(400).putHeader("content-type", "application/json")
                    .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
            return;
        }
        HttpServerResponse response = context.response().setChunked(true)
                .putHeader("content-type", writer.contentType())
                .putHeader("content-disposition", "attachment; filename=\"claims." + writer.extension() + "\"");
        response.write(writer.header());
        batch(response, writer, filter, order, null, limit, true);
    }

    /** Writes one batch, then asks for the next after the last row written, until the rows or the limit run out. */
    private void batch(HttpServerResponse response, Writer writer, ClaimFilter filter, ClaimOrder order, String after,
            long remaining, boolean first) {
        int size = (int) Math.min(config.export().batchSize(), remaining);
        ClaimQuery query = ClaimQuery.of("", filter, order, after);
        Uni<List<ExportRows.Row>> fetched = size == 0 ? Uni.createFrom().item(List.of())
                : ResolverSessions.read(() -> rows.page(query, size));
        fetched.subscribe().with(batch -> {
            if (response.closed()) {
                return; // the client went away: stop reading
            }
            try {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < batch.size(); i++) {
                    writer.row(text, batch.get(i), first && i == 0);
                }
                long left = remaining - batch.size();
                if (batch.size() < size || left == 0) {
                    response.end(text.append(writer.footer()).toString());
                    return;
                }
                String next = query.cursorOf(batch.get(batch.size() - 1).claim());
                response.write(text.toString()).onComplete(written -> {
                    if (written.succeeded()) {
                        batch(response, writer, filter, order, next, left, false);
                    }
                });
            } catch (RuntimeException failure) {
                cut(response, failure);
            }
        }, failure -> cut(response, failure));
    }

    /**
     * Headers and rows are already out when a later batch fails: all that can be done is to cut the response, so that
     * the client sees a broken transfer rather than a file that looks complete.
     */
    private static void cut(HttpServerResponse response, Throwable failure) {
        LOG.errorf(failure, "claims export failed after it started");
        response.reset();
    }

    private static ClaimFilter filter(RoutingContext context) {
        var parameters = context.queryParams();
        ClaimFilter filter = new ClaimFilter();
        filter.subject = parameters.get("subject");
        filter.category = enumParameter(context, "category", CasualtyCategory.class, null);
        filter.population = enumParameter(context, "population", Population.class, null);
        filter.claimantId = parameters.get("claimantId");
        filter.documentId = parameters.get("documentId");
        filter.outletId = parameters.get("outletId");
        filter.from = ClaimQuery.date("from", parameters.get("from"));
        filter.to = ClaimQuery.date("to", parameters.get("to"));
        filter.search = parameters.get("search");
        filter.scoped = booleanParameter(context, "scoped");
        String status = parameters.get("status");
        if (status != null) {
            filter.status = new ArrayList<>();
            for (String name : status.split(",", -1)) {
                filter.status.add(enumValue("status", ClaimStatus.class, name.strip()));
            }
        }
        return filter;
    }

    private static <E extends Enum<E>> E enumParameter(RoutingContext context, String name, Class<E> type, E absent) {
        String value = context.queryParams().get(name);
        return value == null ? absent : enumValue(name, type, value);
    }

    private static <E extends Enum<E>> E enumValue(String name, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            List<String> known = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                known.add(constant.name());
            }
            throw new InvalidInputException(name, "must be one of " + String.join(", ", known) + ", was " + value);
        }
    }

    private static Boolean booleanParameter(RoutingContext context, String name) {
        String value = context.queryParams().get(name);
        if (value == null || value.equals("true") || value.equals("false")) {
            return value == null ? null : Boolean.valueOf(value);
        }
        throw new InvalidInputException(name, "must be true or false, was " + value);
    }

    private static long limit(String value) {
        if (value == null) {
            return Long.MAX_VALUE;
        }
        try {
            long limit = Long.parseLong(value);
            if (limit >= 1) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidInputException("limit", "must be a whole number of at least 1, was " + value);
    }

    /** One export format. */
    interface Writer {
        String contentType();

        String extension();

        String header();

        void row(StringBuilder out, ExportRows.Row row, boolean first);

        String footer();
    }

    static final class CsvWriter implements Writer {
        static final List<String> COLUMNS = List.of("id", "claimant_id", "claimant", "claimant_kind", "claimant_affiliation",
                "subject", "population", "category", "qualifier", "low", "best", "high", "rate_per", "period_start", "as_of",
                "stated_on", "quote", "document_id", "document_title", "document_url", "published_on", "extractor",
                "confidence", "recorded_at", "scope", "subgroup", "status", "version", "appearances", "appearance_document_ids");

        @Override
        public String contentType() {
            return "text/csv; charset=utf-8";
        }

        @Override
        public String extension() {
            return "csv";
        }

        @Override
        public String header() {
            return print(COLUMNS);
        }

        @Override
        public void row(StringBuilder out, ExportRows.Row row, boolean first) {
            var c = row.claim();
            out.append(print(java.util.Arrays.asList(c.id, c.claimantId, row.claimantName(), row.claimantKind(),
                    row.claimantAffiliation(), c.subject, c.population, c.category, c.qualifier, c.low, c.best, c.high,
                    c.ratePer, c.periodStart, c.asOf, c.statedOn, c.quote, c.documentId, row.documentTitle(), row.documentUrl(),
                    row.publishedOn(), c.extractor, c.confidence, c.recordedAt, c.scope, c.subgroup, c.status, c.version,
                    row.appearances().size(),
                    String.join(" ", row.appearances().stream().map(ExportRows.Appeared::documentId).toList()))));
        }

        @Override
        public String footer() {
            return "";
        }

        private static String print(List<?> values) {
            StringBuilder line = new StringBuilder();
            try {
                CSVFormat.RFC4180.printRecord(line, values.stream().map(ClaimExport::neutralised).toArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return line.toString();
        }
    }

    /**
     * A text cell a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage
     * return first) gets OWASP's prefix, a single quote, so it is shown as text. Only text cells: figures are numbers
     * and never negative, and a quote may well start with "-". JSON-LD keeps every value verbatim.
     */
    static Object neutralised(Object cell) {
        if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    /** schema.org JSON-LD: a {@code Dataset} whose {@code hasPart} lists one {@code Claim} per claim, without any verdict. */
    static final class JsonLdWriter implements Writer {

        @Override
        public String contentType() {
            return "application/ld+json; charset=utf-8";
        }

        @Override
        public String extension() {
            return "jsonld";
        }

        @Override
        public String header() {
            return "{\"@context\":\"https://schema.org\",\"@type\":\"Dataset\",\"name\":\"claimgraph claims\","
                    + "\"description\":\"Casualty figures as stated by their claimants, with where and when they appeared. What was said, not a verdict.\","
                    + "\"dateCreated\":\"" + LocalDate.now() + "\",\"hasPart\":[";
        }

        @Override
        public void row(StringBuilder out, ExportRows.Row row, boolean first) {
            var c = row.claim();
            JsonObject author = new JsonObject()
                    .put("@type", "PERSON".equals(row.claimantKind()) ? "Person" : "Organization")
                    .put("@id", "urn:claimgraph:source:" + c.claimantId)
                    .put("name", row.claimantName());
            JsonArray appearances = new JsonArray();
            for (ExportRows.Appeared appeared : row.appearances()) {
                JsonObject appearance = new JsonObject().put("@type", "CreativeWork")
                        .put("@id", "urn:claimgraph:document:" + appeared.documentId())
                        .put("headline", appeared.title());
                if (appeared.url() != null) {
                    appearance.put("url", appeared.url());
                }
                if (appeared.publishedOn() != null) {
                    appearance.put("datePublished", appeared.publishedOn());
                }
                appearances.add(appearance);
            }
            JsonArray figures = new JsonArray()
                    .add(property("subject", c.subject)).add(property("population", c.population.name()))
                    .add(property("category", c.category.name())).add(property("qualifier", c.qualifier.name()));
            if (c.low != null) {
                figures.add(property("low", c.low));
            }
            if (c.best != null) {
                figures.add(property("best", c.best));
            }
            if (c.high != null) {
                figures.add(property("high", c.high));
            }
            if (c.ratePer != null) {
                figures.add(property("ratePer", c.ratePer.name()));
            }
            if (c.periodStart != null) {
                figures.add(property("periodStart", c.periodStart.toString()));
            }
            if (c.asOf != null) {
                figures.add(property("asOf", c.asOf.toString()));
            }
            figures.add(property("status", c.status.name()));
            if (c.scope != null) {
                figures.add(property("scope", c.scope));
            }
            if (c.subgroup != null) {
                figures.add(property("subgroup", c.subgroup));
            }
            JsonObject claim = new JsonObject().put("@type", "Claim").put("@id", "urn:claimgraph:claim:" + c.id)
                    .put("text", c.quote).put("author", author).put("appearance", appearances)
                    .put("firstAppearance", appearances.isEmpty() ? null : appearances.getJsonObject(0))
                    .put("datePublished", c.statedOn.toString()).put("additionalProperty", figures);
            out.append(first ? "" : ",").append(claim.encode());
        }

        private static JsonObject property(String name, Object value) {
            return new JsonObject().put("@type", "PropertyValue").put("name", name).put("value", value);
        }

        @Override
        public String footer() {
            return "]}";
        }
    }
}
