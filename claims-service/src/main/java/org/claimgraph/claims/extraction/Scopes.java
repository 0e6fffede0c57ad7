package org.claimgraph.claims.extraction;

import java.util.List;
import java.util.Map;

/**
 * What part of a side a figure counts: a subgroup ("children", "women", "hostages", "journalists") read from the
 * counted noun, and a scope narrower than the country ("in El Geneina", "in the Kharkiv region", "in Khan Younis")
 * read from the place the clause names. A scoped or subgroup figure is not a national total.
 */
final class Scopes {

    /** Counted nouns that name a subgroup, by the name the subgroup is filed under. */
    private static final Map<String, String> SUBGROUPS = Map.ofEntries(
            Map.entry("children", "children"), Map.entry("child", "children"), Map.entry("kids", "children"),
            Map.entry("minors", "children"), Map.entry("infants", "children"), Map.entry("babies", "children"),
            Map.entry("boys", "children"), Map.entry("girls", "children"), Map.entry("teenagers", "children"),
            Map.entry("boy", "children"), Map.entry("girl", "children"), Map.entry("baby", "children"),
            Map.entry("infant", "children"), Map.entry("toddler", "children"), Map.entry("teenager", "children"),
            Map.entry("women", "women"), Map.entry("woman", "women"), Map.entry("mothers", "women"),
            Map.entry("hostages", "hostages"), Map.entry("hostage", "hostages"), Map.entry("captives", "hostages"),
            Map.entry("journalists", "journalists"), Map.entry("reporters", "journalists"),
            Map.entry("medics", "medical workers"), Map.entry("paramedics", "medical workers"), Map.entry("doctors", "medical workers"),
            Map.entry("nurses", "medical workers"), Map.entry("aid", "aid workers"), Map.entry("officers", "officers"),
            Map.entry("generals", "generals"), Map.entry("elderly", "elderly"), Map.entry("refugees", "refugees"),
            Map.entry("prisoners", "prisoners"), Map.entry("pows", "prisoners"), Map.entry("detainees", "prisoners"),
            Map.entry("crew", "crew"), Map.entry("pilots", "crew"), Map.entry("peacekeepers", "peacekeepers"));

    /** Words that say the place is part of a country: "the Kharkiv region", "Séno province". */
    private static final java.util.Set<String> PARTS = java.util.Set.of("region", "province", "oblast", "state", "district",
            "city", "town", "village", "camp", "governorate", "county", "area", "neighbourhood", "neighborhood", "regions",
            "provinces", "areas", "districts", "states", "villages", "towns", "camps", "corridor");

    /** Nouns after a name that make it who holds the place: "in rebel territory", "in Israeli custody". */
    private static final java.util.Set<String> HELD = java.util.Set.of("territory", "territories", "custody", "captivity",
            "hands", "lines", "strongholds", "prisons", "jails");

    /** Words of telling just before "in": "told journalists in Kiev", "said in Geneva" say where it was told. */
    private static final java.util.Set<String> TELLING = java.util.Set.of("told", "said", "says", "speaking", "spoke",
            "journalists", "reporters", "newsmen", "conference", "briefing", "announced", "added", "interview", "statement");

    private Scopes() {
    }

    private static boolean whereToldFrom(List<Token> tokens, int in) {
        for (int k = Math.max(0, in - 2); k < in; k++) {
            if (TELLING.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The subgroup the counted noun names, between the figure and the end of its noun phrase, or null. */
    static String subgroup(List<Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to + 1, tokens.size()); k++) {
            String group = tokens.get(k).isWord() ? SUBGROUPS.get(tokens.get(k).lower()) : null;
            if (group != null) {
                return group;
            }
        }
        return null;
    }

    /**
     * The place a figure is limited to, from "in/at/near Place" in [from, to): a named place that is not a whole
     * country or people ("Gaza" counts as the whole side; "Khan Younis", "Kharkiv region", "Blida" are parts).
     */
    static String scope(String text, List<Token> tokens, int from, int to) {
        for (int k = from; k + 1 < Math.min(to, tokens.size()); k++) {
            Token t = tokens.get(k);
            if (!(t.is("in") || t.is("at") || t.is("near") || t.is("around")) || whereToldFrom(tokens, k)) {
                continue;
            }
            int start = k + 1;
            if (start < to && tokens.get(start).is("the")) {
                start++;
            }
            int end = start;
            while (end < to && end - start < 4 && (tokens.get(end).capitalized() && !tokens.get(end).allCaps()
                    || tokens.get(end).isPunct('-') && end > start || tokens.get(end).is("el") || tokens.get(end).is("al"))) {
                end++;
            }
            if (end == start) {
                continue;
            }
            Gazetteer.Place known = Gazetteer.at(tokens, start);
            if (known != null && known.end() > end) {
                end = known.end(); // "the Democratic Republic of the Congo"
            }
            String place = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
            boolean wholeSide = known != null && Gazetteer.whole(place);
            if (Lexicon.MONTHS.containsKey(tokens.get(start).lower()) || Lexicon.WEEKDAYS.contains(tokens.get(start).lower())) {
                continue;
            }
            if (end < to && HELD.contains(tokens.get(end).lower())) {
                continue; // "in Tamil Tiger territory", "in Houthi hands": who holds the place, not which place
            }
            if (!wholeSide) {
                if (end < to && PARTS.contains(tokens.get(end).lower())) {
                    place = place + " " + tokens.get(end).text();
                }
                return place;
            }
        }
        return null;
    }
}
