package org.claimgraph.localstack.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares the SDL a subgraph serves ({@code _service { sdl }}) with the copy checked in, so that every schema
 * change shows up in review. Run the tests with {@code -Dclaimgraph.sdl.update=true} to accept a change.
 */
public final class CheckedInSchema {

    private CheckedInSchema() {
    }

    public static void assertServedSchemaMatches(Path checkedIn) throws IOException {
        assertMatches(checkedIn, GraphQLRequests.ok("{ _service { sdl } }").getString("data._service.sdl"));
    }

    /** Compares an SDL produced by the code under test with the checked-in copy. */
    public static void assertMatches(Path checkedIn, String actual) throws IOException {
        String served = actual.strip() + "\n";
        if (Boolean.getBoolean("claimgraph.sdl.update")) {
            Files.createDirectories(checkedIn.getParent());
            Files.writeString(checkedIn, served, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(checkedIn)) {
            throw new AssertionError(checkedIn + " is missing; run the tests with -Dclaimgraph.sdl.update=true to create it");
        }
        String expected = Files.readString(checkedIn, StandardCharsets.UTF_8);
        if (!expected.equals(served)) {
            throw new AssertionError("the served SDL drifted from " + checkedIn
                    + "; review the change and run the tests with -Dclaimgraph.sdl.update=true to accept it.\n"
                    + firstDifference(expected, served));
        }
    }

    private static String firstDifference(String expected, String served) {
        String[] a = expected.split("\n", -1);
        String[] b = served.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end>";
            String right = i < b.length ? b[i] : "<end>";
            if (!left.equals(right)) {
                return "first difference at line " + (i + 1) + ":\n  checked in: " + left + "\n  served:     " + right;
            }
        }
        return "";
    }
}
