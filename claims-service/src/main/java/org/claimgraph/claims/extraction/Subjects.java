package org.claimgraph.claims.extraction;

import java.util.Locale;

/** One canonical name per side whose losses are counted: "Gaza", "Palestinians" and "Palestine" are one subject. */
public final class Subjects {

    private Subjects() {
    }

    /** The canonical subject for a name or alias ("palestinians" → "Palestine"); an unknown name comes back trimmed. */
    public static String canonical(String nameOrAlias) {
        if (nameOrAlias == null) {
            return null;
        }
        String trimmed = nameOrAlias.strip();
        String known = Lexicon.SIDES.get(trimmed.toLowerCase(Locale.ROOT));
        if (known == null) {
            known = Lexicon.SIDE_PAIRS.get(trimmed.toLowerCase(Locale.ROOT));
        }
        return known != null ? known : trimmed;
    }
}
