package org.claimgraph.claims.extraction;

import java.util.List;
import java.util.Set;

import org.claimgraph.claims.extraction.Attributions.Cue;

/**
 * Which side a mention names, and whether it is the side that suffers or the side that strikes ("an Israeli strike",
 * "the Russian army has killed"): the gazetteer read in its sentence.
 */
final class Sides {

    private Sides() {
    }

    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "be", "been", "being", "got");

    static final Set<String> LOCATIVES = Set.of("in", "on", "at", "near", "across", "from", "inside", "into");

    static String sideIn(List<Token> tokens, int from, int to, boolean[] masked) {
        for (int k = from; k < to && k < tokens.size(); k++) {
            String side = masked[k] ? null : sideAt(tokens, k);
            if (side != null && !agentOf(tokens, k)) {
                return side; // not "by Agence France-Presse", "by the General Staff of the Ukrainian Armed Forces"
            }
        }
        return null;
    }

    /**
     * Whether an Islamist movement is named in [from, to): its fighters are counted as "jihadists", not as the country
     * the gazetteer files the movement under ("six Boko Haram fighters" are no Nigerian losses).
     */
    static boolean jihadistGroupIn(List<Token> tokens, int from, int to, boolean[] masked) {
        for (int k = from; k < to && k < tokens.size(); k++) {
            Gazetteer.Place place = masked[k] ? null : Gazetteer.at(tokens, k);
            if (place != null && Lexicon.JIHADIST_GROUPS.contains(Gazetteer.nameAt(tokens, place))) {
                return true;
            }
        }
        return false;
    }

    static String sideAt(List<Token> tokens, int k) {
        Gazetteer.Place place = Gazetteer.at(tokens, k);
        if (place != null && dateline(tokens, place)) {
            return null; // "ISLAMABAD/NEW DELHI -" says where the story was filed, not whose losses
        }
        if (place != null && place.end() + 1 < tokens.size() && tokens.get(place.end()).isPunct('-')
                && tokens.get(place.end() + 1).is("based")) {
            return null; // "the Britain-based watchdog": where it works, not whom it speaks for
        }
        if (place != null && place.end() < tokens.size() && BORDERS.contains(tokens.get(place.end()).lower())) {
            return null; // "an ambush near the Afghan border": a landmark of where, not whose losses
        }
        if (place != null && namesAWar(tokens, place)) {
            return null; // "since the Israel-Hamas conflict broke out": the war's name, not whose losses
        }
        return place == null || attacker(tokens, place) ? null : place.side();
    }

    private static final Set<String> BORDERS = Set.of("border", "borders", "frontier", "boundary");

    private static final Set<String> WAR_NOUNS = Set.of("war", "conflict", "ceasefire", "truce");

    /** "the Israel-Hamas conflict", "the Russia-Ukraine war": a place joined by a hyphen to another name before a war noun. */
    private static boolean namesAWar(List<Token> tokens, Gazetteer.Place place) {
        int after = place.end();
        if (after + 2 < tokens.size() && tokens.get(after).isPunct('-') && tokens.get(after + 1).isWord()
                && WAR_NOUNS.contains(tokens.get(after + 2).lower())) {
            return true;
        }
        return after < tokens.size() && WAR_NOUNS.contains(tokens.get(after).lower()) && place.start() >= 2
                && tokens.get(place.start() - 1).isPunct('-') && tokens.get(place.start() - 2).isWord();
    }

    private static boolean dateline(List<Token> tokens, Gazetteer.Place place) {
        int letters = 0;
        for (int k = place.start(); k < place.end(); k++) {
            if (!tokens.get(k).allCaps() && tokens.get(k).isWord()) {
                return false;
            }
            letters += tokens.get(k).text().length();
        }
        return letters >= 5;
    }

    /**
     * How much a mention says the article counts this side's losses: "Ukrainian civilians", "killed in Ukraine" say
     * it twice over; "Russian forces" say it least (forces are more often who strikes than who is counted).
     */
    static int victimWeight(List<Token> tokens, Gazetteer.Place place) {
        int after = place.end();
        String next = after < tokens.size() ? tokens.get(after).lower() : "";
        String before = place.start() > 0 ? tokens.get(place.start() - 1).lower() : "";
        if (Lexicon.CIVILIAN_WORDS.contains(next) || Lexicon.EVERYONE_WORDS.contains(next) || Lexicon.CATEGORY_WORDS.containsKey(next)
                || before.equals("in") || before.equals("of")) {
            return 4;
        }
        if (next.equals("forces") || next.equals("army") || next.equals("military") || next.equals("armed") || next.equals("troops")) {
            return 1;
        }
        return 2;
    }

    /** Words of direction before a place: "in eastern Congo", "in the north of". */
    private static final Set<String> DIRECTIONS = Set.of("eastern", "western", "northern", "southern", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west");

    private static boolean locatedIn(List<Token> tokens, Gazetteer.Place place) {
        int before = place.start() - 1;
        if (before >= 0 && DIRECTIONS.contains(tokens.get(before).lower())) {
            before--; // "in eastern Congo"
        }
        if (before >= 0 && tokens.get(before).is("the")) {
            before--;
        }
        return before >= 0 && LOCATIVES.contains(tokens.get(before).lower());
    }

    /**
     * Whether the side at {@code k} is named as a place: "in Gaza", "in northern Gaza", "in Sector Gaza" (a word of the
     * place's own name between), not as a people or a party.
     */
    static boolean placeNamedAt(List<Token> tokens, int k) {
        int before = k - 1;
        if (Gazetteer.demonym(tokens.get(k).lower())) {
            return before >= 0 && LOCATIVES.contains(tokens.get(before).lower()); // "in Ukrainian hands" is no place
        }
        if (before >= 1 && tokens.get(before).capitalized() && Gazetteer.at(tokens, before) == null
                && LOCATIVES.contains(tokens.get(before - 1).lower())) {
            return true; // "in Sector Gaza"
        }
        if (before >= 0 && DIRECTIONS.contains(tokens.get(before).lower())) {
            before--; // "in northern Gaza"
        }
        if (before >= 0 && tokens.get(before).is("the")) {
            before--;
        }
        return before >= 0 && LOCATIVES.contains(tokens.get(before).lower());
    }

    /** Words for what one side does to another: "an Israeli strike", "Russian shelling", "Saudi-led coalition". */
    private static final Set<String> ATTACKS = Set.of("strike", "strikes", "airstrike", "airstrikes", "attack", "attacks",
            "shelling", "bombardment", "bombing", "bombings", "raid", "raids", "offensive", "invasion", "missile", "missiles",
            "drone", "drones", "fire", "jets", "warplanes", "aggression", "assault", "led", "backed", "occupation", "bombs",
            "artillery", "army's", "operation", "operations", "campaign", "onslaught", "incursion", "attacked", "struck",
            "bombed", "shelled", "targeted", "launched", "fired", "raided", "stormed", "occupied", "occupying", "occupiers");

    /** Verbs of soldiers sent to fight somewhere: "deployed in", "serving in". */
    private static final Set<String> SENT = Set.of("fought", "deployed", "stationed", "serving", "served", "operating");

    /** Words before "fighting" that make it a verb of the soldiers, not the fighting that killed: "while fighting in". */
    private static final Set<String> FIGHTERS_BEFORE = Set.of("while", "when", "after", "were", "was", "are", "is", "been",
            "troops", "soldiers", "forces", "who");

    private static boolean wentToFight(List<Token> tokens, int k) {
        return k >= 0 && (SENT.contains(tokens.get(k).lower())
                || tokens.get(k).is("fighting") && k >= 1 && FIGHTERS_BEFORE.contains(tokens.get(k - 1).lower()));
    }

    /** Words after a side that make it the one holding prisoners: "in Russian captivity", "in Israeli custody". */
    private static final Set<String> HOLDERS = Set.of("captivity", "custody", "hands", "prisons", "jails", "detention");

    /** A side named inside a passive agent's name: "by the General Staff of the Ukrainian Armed Forces". */
    static boolean agentOf(List<Token> tokens, int start) {
        for (int k = start - 1; k >= Math.max(0, start - 7); k--) {
            Token t = tokens.get(k);
            if (t.is("by")) {
                return k < start - 1;
            }
            if (!(t.capitalized() || t.is("of") || t.is("the") || t.is("'s"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A side named as who strikes, not who suffers: "an Israeli strike", "an invasion by the Russian Federation",
     * "clashes with Lebanon", "the border with Lebanon".
     */
    static boolean attacker(List<Token> tokens, Gazetteer.Place place) {
        int before = place.start() - 1;
        if (before >= 0 && (tokens.get(before).is("the") || tokens.get(before).is("a") || tokens.get(before).is("an"))) {
            before--;
        }
        if (before >= 0 && (tokens.get(before).is("by") || tokens.get(before).is("with") || tokens.get(before).is("against")
                || tokens.get(before).is("between"))) {
            return true; // "clashes between Israeli forces and ...": a party to the fighting
        }
        if (before >= 1 && tokens.get(before).is("in") && wentToFight(tokens, before - 1)) {
            return true; // "soldiers killed or wounded while fighting in Gaza": where they fought, not whose they are
        }
        if (place.end() < tokens.size() && HOLDERS.contains(tokens.get(place.end()).lower())) {
            return true; // "fighters held in Russian captivity": who holds them
        }
        if (before >= 0 && tokens.get(before).is("and")) {
            for (int k = before - 1; k >= Math.max(0, before - 4); k--) {
                if (tokens.get(k).is("between")) {
                    return true; // "... and Palestinian militants": the other party
                }
            }
        }
        int after = place.end();
        if (after < tokens.size() && tokens.get(after).isPunct('-')) {
            after++;
        }
        if (after < tokens.size() && ATTACKS.contains(tokens.get(after).lower())
                || after + 1 < tokens.size() && tokens.get(after).isWord() && ATTACKS.contains(tokens.get(after + 1).lower())) {
            return true; // "an Israeli strike", "an Israeli air strike", "a Russian missile attack"
        }
        int owned = after + 1;
        while (owned + 2 < tokens.size() && tokens.get(owned + 1).isPunct('-')) {
            owned += 2; // "Russia's full-scale invasion": past the compound that describes it
        }
        if (owned < tokens.size() && tokens.get(after).is("'s") && (ATTACKS.contains(tokens.get(owned).lower())
                || Lexicon.WAR_WORDS.contains(tokens.get(owned).lower()) || owned + 1 < tokens.size()
                        && (ATTACKS.contains(tokens.get(owned + 1).lower()) || Lexicon.WAR_WORDS.contains(tokens.get(owned + 1).lower())))) {
            return true; // "the Russian Federation's war against Ukraine", "Russia's full-scale invasion"
        }
        // the subject of an active killing verb: "the Russian army has already killed 464 children" (not "the fighting
        // in Syria has killed", where the side is a place)
        boolean located = locatedIn(tokens, place);
        if (after < tokens.size() && (tokens.get(after).is("that") || tokens.get(after).is("which") || tokens.get(after).is("who"))) {
            after++; // "movements affiliated with the Islamic State that have killed more than 2,000"
        }
        for (int k = after; !located && k < Math.min(tokens.size() - 1, after + 4); k++) {
            String w = tokens.get(k).lower();
            if ((w.equals("killed") || w.equals("kills") || w.equals("wounded") || w.equals("injured")) && tokens.get(k + 1).isNumber()
                    || w.equals("killed") && k + 2 < tokens.size() && (tokens.get(k + 1).is("at") && tokens.get(k + 2).is("least")
                            || tokens.get(k + 1).is("more") || tokens.get(k + 1).is("some")
                            || tokens.get(k + 1).is("about") || tokens.get(k + 1).is("nearly") || tokens.get(k + 1).is("around"))) {
                return true;
            }
            if (PASSIVE.contains(w) || !(tokens.get(k).isWord() && (Lexicon.AUXILIARIES.contains(w) || Lexicon.MILITARY_WORDS.contains(w)
                    || w.endsWith("ly") || w.equals("forces")))) {
                break; // "Russian soldiers were killed": a passive names the victims
            }
        }
        return false;
    }

    /** Nouns of people who tell figures rather than suffer them: "US scholars", "Western intelligence". */
    private static final Set<String> TELLERS = Set.of("officials", "official", "scholars", "researchers", "experts", "analysts",
            "intelligence", "sources", "academics", "historians", "demographers", "diplomats", "observers", "investigators",
            "estimates", "assessments", "media", "outlets", "newspaper", "government");

    /** A side named as the affiliation of whoever tells the figure: "research from US scholars puts the toll at...". */
    static boolean tellersAt(List<Token> tokens, int k) {
        Gazetteer.Place place = Gazetteer.at(tokens, k);
        return place != null && place.end() < tokens.size() && TELLERS.contains(tokens.get(place.end()).lower());
    }

    /** Who studies a war from outside rather than counting their own side's dead: "US scholars", "British analysts". */
    private static final Set<String> OBSERVERS = Set.of("scholars", "researchers", "experts", "analysts", "academics",
            "historians", "demographers", "observers", "investigators", "intelligence");

    static boolean observers(String name) {
        int space = name.lastIndexOf(' ');
        return OBSERVERS.contains(name.substring(space + 1).toLowerCase(java.util.Locale.ROOT));
    }

    static String sideOfName(String name) {
        for (String word : Referents.words(name)) {
            String side = Gazetteer.actor(word) ? null : Gazetteer.side(word);
            if (side != null) {
                return side;
            }
        }
        return null;
    }

    /** The belligerent other than {@code side}, when the article is about two. */
    static String other(List<String> belligerents, String side) {
        if (side == null || belligerents.size() != 2 || !belligerents.contains(side)) {
            return null;
        }
        return belligerents.get(0).equals(side) ? belligerents.get(1) : belligerents.get(0);
    }

    /** The side in the name of whoever speaks nearest before the figure: "Ukrainian officials", "Moscow". */
    static String speakerSide(List<Cue> cues, int figureStart, List<Token> tokens) {
        Cue nearest = null;
        for (Cue cue : cues) {
            if (cue.named() && (nearest == null || Math.abs(cue.position() - figureStart) < Math.abs(nearest.position() - figureStart))) {
                nearest = cue;
            }
        }
        if (nearest == null) {
            return null;
        }
        for (int k = nearest.nameStart(); k < nearest.nameEnd(); k++) {
            String side = sideAt(tokens, k);
            if (side != null) {
                return side;
            }
        }
        return null;
    }
}
