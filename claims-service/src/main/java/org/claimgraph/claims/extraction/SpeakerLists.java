package org.claimgraph.claims.extraction;

import java.util.List;

/**
 * Sources named together as one subject: "Researchers from the London School of Hygiene, Yale University, and other
 * institutions estimate" is said by the whole list, not by "institutions".
 */
final class SpeakerLists {

    private SpeakerLists() {
    }

    /** How far back a list of names may reach before the noun that closes it. */
    private static final int REACH = 24;

    /**
     * Where the list a subject closes starts, when the subject is "other ..." after a list of names ("A, B and other
     * groups"); else {@code start} itself.
     */
    static int startOfList(List<Token> tokens, int start) {
        int k = start - 1;
        if (k < 0 || !tokens.get(k).is("other")) {
            return start;
        }
        k--;
        if (k >= 0 && tokens.get(k).is("and")) {
            k--;
        }
        if (k < 0 || !tokens.get(k).isPunct(',') && !tokens.get(k).capitalized() && !Lexicon.AGENT_NOUNS.contains(tokens.get(k).lower())) {
            return start; // "the other groups": no list before
        }
        int first = -1;
        for (int j = k; j >= 0 && start - j <= REACH; j--) {
            Token t = tokens.get(j);
            boolean member = t.capitalized() || Lexicon.AGENT_NOUNS.contains(t.lower()) && !(j + 1 < tokens.size() && tokens.get(j + 1).is("from"));
            if (member || t.isPunct(',') || t.is("and") || t.is("of") || t.is("for") || t.is("the") || t.is("from")) {
                if (member) {
                    first = j;
                }
                continue;
            }
            if (Lexicon.AGENT_NOUNS.contains(t.lower()) && j + 1 < tokens.size() && tokens.get(j + 1).is("from")) {
                first = j; // "researchers from A, B and other institutions"
            }
            break;
        }
        return first >= 0 ? first : start;
    }
}
