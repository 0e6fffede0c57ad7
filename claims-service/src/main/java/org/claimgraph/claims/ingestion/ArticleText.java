package org.claimgraph.claims.ingestion;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.common.graphql.InvalidInputException;

/** What an article's text must be before anything reads or stores it: plain, readable, not too long. */
final class ArticleText {

    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*/?\\s*(html|head|body|p|div|span|br|a|script|style|h[1-6]|li|ul|ol|table|tr|td|article|section|img|meta|b|i|em|strong)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private ArticleText() {
    }

    static String check(String field, String text, int maxBytes) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new InvalidInputException(field, "must be at most " + maxBytes + " bytes of UTF-8, was " + bytes);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                throw new InvalidInputException(field, "is not valid UTF-8 text (undecodable bytes at offset " + i + ")");
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                throw new InvalidInputException(field, String.format("looks like binary data (control character U+%04X at offset %d)", (int) c, i));
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)) || Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(text.charAt(i - 1)))) {
                throw new InvalidInputException(field, "is not valid Unicode (lone surrogate at offset " + i + ")");
            }
        }
        Matcher markup = MARKUP.matcher(text);
        if (markup.find()) {
            throw new InvalidInputException(field, "looks like HTML markup ('" + markup.group() + "' at offset " + markup.start()
                    + "); send the article's plain text");
        }
        return text;
    }
}
