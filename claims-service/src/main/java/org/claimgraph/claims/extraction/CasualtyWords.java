package org.claimgraph.claims.extraction;

import java.util.List;
import java.util.Set;

import org.claimgraph.claims.claim.CasualtyCategory;

/**
 * What a word near a figure says it counts: the casualty vocabulary read in context ("in Russian hands", "in a
 * critical condition", "enforced disappearances", "treated in hospital"), and how several words combine.
 */
final class CasualtyWords {

    private CasualtyWords() {
    }

    /** Adds the casualty words joined by "and"/"or" that end at {@code from}, read backwards: "killed or injured". */
    static void addJoinedBefore(List<Token> tokens, int from, int clauseStart, Set<CasualtyCategory> categories) {
        for (int m = from; m >= clauseStart; m--) {
            Token joined = tokens.get(m);
            CasualtyCategory more = joined.isWord() ? at(tokens, m) : null;
            if (more != null) {
                categories.add(more);
            } else if (!(joined.is("and") || joined.is("or") || joined.isPunct('(') || joined.isPunct(')')
                    || joined.isPunct(',') && m > 0 && at(tokens, m - 1) != null)) {
                break;
            }
        }
    }

    /** Verbs of the wounded brought to hospital: "1,277 were taken to university hospitals", "rushed to hospital". */
    private static final Set<String> TAKEN = Set.of("admitted", "taken", "rushed", "brought", "airlifted");

    /** How a wounded person's state is written: "in critical condition", "in a serious condition". */
    private static final Set<String> CONDITIONS = Set.of("critical", "serious", "grave", "stable");

    private static final Set<String> NEGATIONS = Set.of("not", "cannot", "never", "yet");

    private static boolean notYet(List<Token> tokens, int k) {
        for (int j = Math.max(0, k - 3); j < k; j++) {
            if (NEGATIONS.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    static CasualtyCategory at(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.is("hands") && k >= 2 && tokens.get(k - 2).is("in") && Gazetteer.side(tokens.get(k - 1).lower()) != null) {
            return CasualtyCategory.CAPTURED; // "remained in Russian hands"
        }
        if (TAKEN.contains(t.lower()) && k + 4 < tokens.size() && tokens.get(k + 1).is("to")) {
            for (int j = k + 2; j < k + 5; j++) {
                if (tokens.get(j).lower().startsWith("hospital")) {
                    return CasualtyCategory.WOUNDED; // "1,277 have been admitted to university hospitals"
                }
            }
        }
        if (t.is("held") && k > 0 && (tokens.get(k - 1).is("being") || tokens.get(k - 1).is("still") || tokens.get(k - 1).is("are")
                || tokens.get(k - 1).is("were") || tokens.get(k - 1).is("been"))) {
            return CasualtyCategory.CAPTURED; // "1,200 civilians are being held by Russia"
        }
        if (t.is("condition") && k >= 1 && CONDITIONS.contains(tokens.get(k - 1).lower())) {
            return CasualtyCategory.WOUNDED; // "five people were in a critical condition"
        }
        if (t.is("treated") && k + 1 < tokens.size()) {
            for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
                String w = tokens.get(j).lower();
                if (w.startsWith("hospital") || w.equals("injuries") || w.equals("wounds") || w.equals("burns")) {
                    return CasualtyCategory.WOUNDED; // "17 people were being treated in hospital"
                }
            }
        }
        if (t.is("treatment") && k >= 1 && (tokens.get(k - 1).is("receiving") || tokens.get(k - 1).is("undergoing")
                || tokens.get(k - 1).is("under") || tokens.get(k - 1).is("medical") || tokens.get(k - 1).is("specialized")
                || tokens.get(k - 1).is("specialised") || tokens.get(k - 1).is("hospital"))) {
            return CasualtyCategory.WOUNDED; // "185 soldiers are still receiving treatment in hospitals"
        }
        if ((t.is("price") || t.is("sacrifice")) && k >= 2 && (tokens.get(k - 1).is("supreme") || tokens.get(k - 1).is("ultimate"))
                && (tokens.get(k - 2).is("the") || tokens.get(k - 2).is("paid"))) {
            return CasualtyCategory.KILLED; // what armies say of their dead: "seven soldiers paid the supreme price"
        }
        if ((t.is("sought") || t.is("searched")) && k > 0 && (tokens.get(k - 1).is("being") || tokens.get(k - 1).is("still"))) {
            // "around ten elements are still being sought"; "three suspects are being sought" are wanted, not missing
            for (int j = Math.max(0, k - 6); j < k; j++) {
                if (WANTED.contains(tokens.get(j).lower())) {
                    return null;
                }
            }
            return CasualtyCategory.MISSING;
        }
        if ((t.is("martyrdom") || t.is("shahadat") || t.is("shahadah")) && k >= 1 && (tokens.get(k - 1).lower().startsWith("embrac")
                || k >= 2 && tokens.get(k - 1).kind() == Token.Kind.PUNCT && tokens.get(k - 2).lower().startsWith("embrac"))) {
            return CasualtyCategory.KILLED; // how some armies announce their dead: "two soldiers embraced martyrdom"
        }
        if (t.is("lost") && k >= 1 && (tokens.get(k - 1).is("we")
                || k >= 2 && tokens.get(k - 2).is("we") && (tokens.get(k - 1).is("have") || tokens.get(k - 1).is("had")))) {
            return CasualtyCategory.KILLED; // a commander's own dead: "we lost two soldiers", not a tally of losses
        }
        if ((t.is("shot") || t.is("shoots")) && k + 1 < tokens.size()
                && (tokens.get(k + 1).isNumber() || Figures.isNumberWord(tokens.get(k + 1)))) {
            return CasualtyCategory.KILLED; // "the army shoots 13 guerrillas": a count of the shot is of the dead
        }
        if (t.is("found") && notYet(tokens, k)) {
            return CasualtyCategory.MISSING; // "two children who still cannot be found", "have not been found"
        }
        if ((t.is("disappearance") || t.is("disappearances")) && k >= 1 && tokens.get(k - 1).is("enforced")) {
            return CasualtyCategory.CAPTURED; // taken by the authorities, not lost track of
        }
        if (t.is("hell") && k >= 2 && tokens.get(k - 1).is("to") && tokens.get(k - 2).is("sent")) {
            return CasualtyCategory.KILLED; // what some armies call killing insurgents: "12 terrorists were sent to hell"
        }
        CasualtyCategory c = Lexicon.CATEGORY_WORDS.get(t.lower());
        if (c == null) {
            return null;
        }
        if (t.is("victims") && !victimsOfViolentDeath(tokens, k)) {
            return null; // "victims of torture", "victims of trafficking" are alive
        }
        if (t.is("toll") && !(k > 0 && tokens.get(k - 1).is("death"))) {
            return k > 0 && (tokens.get(k - 1).is("the") || tokens.get(k - 1).is("a")) ? CasualtyCategory.KILLED : null;
        }
        if (t.is("missing") && k + 1 < tokens.size() && (tokens.get(k + 1).is("from") || tokens.get(k + 1).is("out"))) {
            return null;
        }
        return c;
    }

    /** Who is sought by the police rather than missing. */
    private static final Set<String> WANTED = Set.of("suspects", "suspect", "gunmen", "attackers", "assailants",
            "perpetrators", "fugitives", "escapees", "militants", "terrorists", "kidnappers");

    /** What makes its victims dead: "victims of the strike", "victims of the genocide". */
    private static final Set<String> DEADLY = Set.of("attack", "attacks", "war", "wars", "conflict", "genocide", "strike",
            "strikes", "airstrike", "airstrikes", "shelling", "bombing", "bombings", "massacre", "massacres", "killings",
            "blast", "explosion", "fighting", "raid", "raids", "assault", "ambush", "shooting", "crash", "fire");

    /** "the victims", "victims of the airstrike" count the dead; "victims of torture" or "of sexual violence" do not. */
    private static boolean victimsOfViolentDeath(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !tokens.get(k + 1).is("of")) {
            return true;
        }
        for (int j = k + 2; j < Math.min(tokens.size(), k + 6); j++) {
            if (DEADLY.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    static CasualtyCategory combine(Set<CasualtyCategory> categories, boolean lostLives) {
        if (categories.isEmpty()) {
            return null;
        }
        if (lostLives) {
            return CasualtyCategory.KILLED;
        }
        if (categories.size() == 1) {
            return categories.iterator().next();
        }
        return CasualtyCategory.CASUALTIES;
    }
}
