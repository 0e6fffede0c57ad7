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
        if (known != null) {
            return known;
        }
        String together = together(trimmed);
        return together != null ? together : trimmed;
    }

    /**
     * Two sides counted together, however written: "Armenia and Azerbaijan", "Russia and Ukraine (combined)",
     * "Ukrainians and Russians" are each one subject named by both canonical sides in alphabetical order.
     */
    private static String together(String name) {
        String bare = name.endsWith("(combined)") ? name.substring(0, name.length() - "(combined)".length()).strip() : name;
        int and = bare.indexOf(" and ");
        if (and < 0) {
            return null;
        }
        String first = Gazetteer.side(bare.substring(0, and).strip());
        String second = Gazetteer.side(bare.substring(and + 5).strip());
        return first == null || second == null || first.equals(second) ? null : together(first, second);
    }

    /** The subject of two sides counted together: "Armenia and Azerbaijan". */
    static String together(String side, String other) {
        return side.compareTo(other) < 0 ? side + " and " + other : other + " and " + side;
    }
}
