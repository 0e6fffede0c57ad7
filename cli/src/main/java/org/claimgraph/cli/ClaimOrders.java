package org.claimgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The orders claims can be exported in, read from the gateway's API schema (gateway/schema/api-schema.graphql, copied
 * into this jar at build time; its drift test keeps it equal to what the gateway serves), so the help of
 * {@code export --order-by} lists what the API accepts without a copy of the list to keep in step.
 */
final class ClaimOrders implements Iterable<String> {

    static final String SCHEMA = "api-schema.graphql";
    private static final Pattern ENUM = Pattern.compile("enum ClaimOrder \\{(.*?)}", Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("^\\s*([A-Z][A-Z0-9_]*)\\s*$", Pattern.MULTILINE);

    @Override
    public Iterator<String> iterator() {
        return values().iterator();
    }

    static List<String> values() {
        try (InputStream schema = ClaimOrders.class.getResourceAsStream(SCHEMA)) {
            if (schema == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the command line's jar");
            }
            Matcher orders = ENUM.matcher(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
            if (!orders.find()) {
                throw new IllegalStateException(SCHEMA + " has no enum ClaimOrder");
            }
            // descriptions are quoted strings on lines of their own; the values are the bare names
            List<String> values = new ArrayList<>();
            Matcher value = VALUE.matcher(orders.group(1));
            while (value.find()) {
                values.add(value.group(1));
            }
            return values;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
