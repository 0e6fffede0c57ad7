package org.claimgraph.claims.claim;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.claimgraph.claims.extraction.Subjects;
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.graphql.Paging;

/**
 * One SQL statement for a filtered, ordered page of claims: the conditions of a {@link ClaimFilter}, an order and a
 * keyset cursor. Every condition is a plain comparison on an indexed column, so PostgreSQL can use the index that
 * starts with the filter's columns and ends with the order's.
 */
public final class ClaimQuery {

    static final int MAX_SEARCH = 200;

    // The filter's conditions and the cursor's apart: a count of the filter's claims ignores the cursor.
    private final StringBuilder where = new StringBuilder("true");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String keyset = "";
    private final Map<String, Object> keysetParameters = new LinkedHashMap<>();
    private final ClaimOrder order;

    private ClaimQuery(ClaimOrder order) {
        this.order = order;
    }

    /** Checks every argument (a bad one is an {@link InvalidInputException} naming it) and builds the query. */
    public static ClaimQuery of(ClaimFilter filter, ClaimOrder order, String after) {
        return of("filter", filter, order, after);
    }

    /**
     * @param path where the filter's fields are in the request: {@code filter} for the GraphQL argument, empty for
     *        the query parameters of an export; errors name {@code path.field}
     */
    public static ClaimQuery of(String path, ClaimFilter filter, ClaimOrder order, String after) {
        ClaimQuery query = new ClaimQuery(order == null ? ClaimOrder.RECORDED : order);
        if (filter != null) {
            query.filter(path, filter);
        }
        if (after != null) {
            query.after(after);
        }
        return query;
    }

    private void filter(String path, ClaimFilter filter) {
        if (filter.subject != null) {
            if (filter.subject.isBlank()) {
                throw new InvalidInputException(ClaimDraft.field(path, "subject"), "must not be blank when given");
            }
            condition("c.subject_key = lower(:subject)", "subject", Subjects.canonical(filter.subject));
        }
        if (filter.category != null) {
            condition("c.category = :category", "category", filter.category.name());
        }
        if (filter.population != null) {
            condition("c.population = :population", "population", filter.population.name());
        }
        if (filter.claimantId != null) {
            condition("c.claimant_id = :claimantId", "claimantId", Ids.parse(ClaimDraft.field(path, "claimantId"), filter.claimantId));
        }
        if (filter.documentId != null) {
            // any appearance: the claims a document reports, also when another document reported them first
            condition("c.id in (select a.claim_id from claims.claim_appearance a where a.document_id = :documentId)", "documentId", Ids.parse(ClaimDraft.field(path, "documentId"), filter.documentId));
        }
        if (filter.outletId != null) {
            condition("c.id in (select a.claim_id from claims.claim_appearance a join claims.document d on d.id = a.document_id"
                    + " where d.outlet_id = :outletId)", "outletId",
                    Ids.parse(ClaimDraft.field(path, "outletId"), filter.outletId));
        }
        if (filter.from != null && filter.to != null && filter.from.isAfter(filter.to)) {
            throw new InvalidInputException(ClaimDraft.field(path, "from"), "must not be after " + ClaimDraft.field(path, "to") + " (" + filter.from + " > " + filter.to + ")");
        }
        if (filter.from != null) {
            condition("c.stated_on >= :from", "from", filter.from);
        }
        if (filter.to != null) {
            condition("c.stated_on <= :to", "to", filter.to);
        }
        if (filter.scoped != null) {
            where.append(filter.scoped ? " and c.scoped" : " and not c.scoped");
        }
        if (filter.status != null) {
            if (filter.status.isEmpty()) {
                throw new InvalidInputException(ClaimDraft.field(path, "status"), "must name at least one status when given");
            }
            condition("c.status in (:status)", "status", filter.status.stream().map(Enum::name).distinct().toList());
        }
        if (filter.search != null) {
            String search = filter.search.strip();
            if (search.isEmpty()) {
                throw new InvalidInputException(ClaimDraft.field(path, "search"), "must not be blank when given");
            }
            if (search.length() > MAX_SEARCH) {
                throw new InvalidInputException(ClaimDraft.field(path, "search"), "must be at most " + MAX_SEARCH + " characters");
            }
            // any appearance's quote: each document reported the statement in its own words
            condition("exists (select 1 from claims.claim_appearance qa where qa.claim_id = c.id"
                    + " and qa.quote_search @@ websearch_to_tsquery('english', :search))", "search", search);
        }
    }

    private void after(String cursor) {
        String[] parts = Paging.decode(cursor, 3);
        if (!parts[0].equals(order.name())) {
            throw new InvalidInputException("after", "a cursor of the " + parts[0] + " order, not of " + order.name());
        }
        UUID id = Ids.parse("after", parts[2]);
        if (order == ClaimOrder.RECORDED) {
            keyset = " and c.id > :afterId";
            keysetParameters.put("afterId", id);
            return;
        }
        Object key;
        try {
            key = order.parseKey(parts[1]);
        } catch (DateTimeParseException | NumberFormatException damaged) {
            throw new InvalidInputException("after", "not a cursor returned by this field");
        }
        String comparison = order.direction.equals("desc") ? "<" : ">";
        keyset = " and (" + order.column + ", c.id) " + comparison + " (" + order.keyParameter() + ", :afterId)";
        keysetParameters.put("afterKey", key);
        keysetParameters.put("afterId", id);
    }

    private void condition(String sql, String parameter, Object value) {
        where.append(" and ").append(sql);
        parameters.put(parameter, value);
    }

    /** The page's statement: the claim columns of {@link ClaimRows#COLUMNS} and any extra columns, at most {@code limit} rows. */
    public String sql(String extraColumns, String joins, int limit) {
        String orderBy = order == ClaimOrder.RECORDED ? "c.id"
                : order.column + " " + order.direction + ", c.id " + order.direction;
        return "select " + ClaimRows.COLUMNS + extraColumns + " from claims.claim c" + joins + " where " + where + keyset
                + " order by " + orderBy + " limit " + limit;
    }

    /** The parameters of {@link #sql}. */
    public Map<String, Object> parameters() {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.putAll(keysetParameters);
        return all;
    }

    /** How many claims the filter matches, whatever the cursor: one statement, with {@link #countParameters}. */
    public String countSql() {
        return "select count(*) from claims.claim c where " + where;
    }

    public Map<String, Object> countParameters() {
        return parameters;
    }

    public ClaimOrder order() {
        return order;
    }

    /** The cursor after {@code claim} in this query's order. */
    public String cursorOf(ClaimEntity claim) {
        String key = order.keyOf(claim);
        return Paging.encode(order.name(), key == null ? "" : key, claim.id.toString());
    }

    /** Parses an ISO date given as text (export query parameters), naming the field when it is not one. */
    public static LocalDate date(String field, String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException malformed) {
            throw new InvalidInputException(field, "not an ISO-8601 date (YYYY-MM-DD): " + text);
        }
    }
}
