package org.claimgraph.common.graphql;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Parsing of client-supplied ids and generation of new ones. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID parse(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        try {
            UUID parsed = UUID.fromString(id.trim());
            // UUID.fromString accepts shortened groups such as "1-1-1-1-1"; only the canonical form is an id here.
            if (parsed.toString().equalsIgnoreCase(id.trim())) {
                return parsed;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new InvalidInputException(field, "'" + id + "' is not a valid UUID");
    }

    public static UUID parseOrNull(String field, String id) {
        return id == null ? null : parse(field, id);
    }

    /** For federation keys: a malformed key names no entity, so it resolves to null rather than failing the batch. */
    public static UUID parseOrNullIfMalformed(String id) {
        try {
            return parse("id", id);
        } catch (InvalidInputException malformed) {
            return null;
        }
    }

    public static List<UUID> parseAll(String field, Collection<String> ids) {
        List<UUID> parsed = new ArrayList<>(ids.size());
        for (String id : ids) {
            parsed.add(parse(field, id));
        }
        return parsed;
    }

    /**
     * A version 7 UUID: time-ordered, so rows inserted later sort later and ids double as a stable paging key.
     */
    public static UUID newId() {
        long millis = System.currentTimeMillis();
        long mostSignificant = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long leastSignificant = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
