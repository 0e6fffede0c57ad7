package org.claimgraph.claims.extraction;

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
        String known = Gazetteer.side(trimmed);
        return known != null ? known : trimmed;
    }
}
