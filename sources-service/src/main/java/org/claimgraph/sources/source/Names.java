package org.claimgraph.sources.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The key under which a name is looked up: case-, accent-, punctuation-spacing- and quote-style-insensitive. */
public final class Names {

    public static final int MAX_LENGTH = 300;
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    public static String normalize(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String plain = unaccented.replace('\u2019', '\'').replace('\u2018', '\'').replace(".", "");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The name as it will be stored: trimmed, inner white space folded. */
    public static String clean(String name) {
        return SPACES.matcher(name).replaceAll(" ").trim();
    }
}
