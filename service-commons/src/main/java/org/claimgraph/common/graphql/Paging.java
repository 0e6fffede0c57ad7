package org.claimgraph.common.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging: a cursor is an opaque, URL-safe encoding of the sort key of the last row seen, so pages stay
 * stable while rows are inserted. Queries fetch {@code first + 1} rows to know whether a next page exists.
 */
public final class Paging {

    public static final int DEFAULT_PAGE_SIZE = 20;
    /** The largest page a client may ask for, unless {@code claimgraph.paging.max-page-size} says otherwise. */
    public static final int MAX_PAGE_SIZE = 500;
    private static final String SEPARATOR = "\u001f";

    private Paging() {
    }

    /** Validates {@code first} and returns the page size to use. */
    public static int pageSize(Integer first) {
        if (first == null) {
            return DEFAULT_PAGE_SIZE;
        }
        int max = maxPageSize();
        if (first < 1 || first > max) {
            throw new InvalidInputException("first", "must be between 1 and " + max + ", was " + first);
        }
        return first;
    }

    /** {@code claimgraph.paging.max-page-size}, read at first use; a deployment can change it without a build. */
    public static int maxPageSize() {
        int max = maxPageSize;
        if (max == 0) {
            // Read when first asked, at run time: a static initializer could run at native-image build time.
            max = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("claimgraph.paging.max-page-size", Integer.class).orElse(MAX_PAGE_SIZE);
            maxPageSize = max;
        }
        return max;
    }

    private static volatile int maxPageSize;

    public static String encode(String... keyParts) {
        String joined = String.join(SEPARATOR, keyParts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor into its {@code expectedParts} key parts; a foreign or damaged cursor is a client error. */
    public static String[] decode(String cursor, int expectedParts) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = joined.split(SEPARATOR, -1);
            if (parts.length == expectedParts) {
                return parts;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new InvalidInputException("after", "not a cursor returned by this field");
    }

    /** The visible rows of a fetch of {@code size + 1} rows. */
    public static <T> List<T> visible(List<T> fetched, int size) {
        return fetched.size() > size ? fetched.subList(0, size) : fetched;
    }

    public static <T> PageInfo pageInfo(List<T> fetched, int size, Function<T, String> cursorOf) {
        List<T> rows = visible(fetched, size);
        return new PageInfo(fetched.size() > size, rows.isEmpty() ? null : cursorOf.apply(rows.get(rows.size() - 1)));
    }
}
