package org.claimgraph.claims.extraction.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.claimgraph.claims.extraction.Subjects;
import org.claimgraph.claims.extraction.corpus.Corpus.Article;
import org.claimgraph.claims.extraction.corpus.Corpus.Label;

/**
 * Scores predicted claims against the corpus labels as corpus/README.md says: a prediction matches a label when the
 * article, whose losses, the category (or an alternative) and low/high agree; "with claimant" also needs the
 * claimant names to share a word of three or more letters (any name the predicted claimant goes by: a source
 * sources-service resolved "Israeli military" to is the IDF, known by both names). Labels of one mention group count once. Each label group
 * and each prediction is matched at most once (a maximum bipartite matching, so the order of predictions does not
 * change the score).
 */
public final class CorpusScore {

    /**
     * A claim as the system read it; {@code how} is how the claimant was found (STATED, PRONOUN, ... UNATTRIBUTED),
     * {@code claimantAliases} the other names the claimant goes by (empty when it is a name as written).
     */
    public record Prediction(String article, String claimant, List<String> claimantAliases, String how, String subject,
            String population, String category, Long low, Long high, String qualifier, String quote, double confidence) {
    }

    /** Precision and recall over counted predictions and label groups. */
    public record Rates(int predictions, int predictionsMatched, int groups, int groupsFound) {
        public double precision() {
            return predictions == 0 ? 1 : (double) predictionsMatched / predictions;
        }

        public double recall() {
            return groups == 0 ? 1 : (double) groupsFound / groups;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Rates plus(Rates o) {
            return new Rates(predictions + o.predictions, predictionsMatched + o.predictionsMatched, groups + o.groups,
                    groupsFound + o.groupsFound);
        }
    }

    /** Words too common to say two names are the same claimant. */
    private static final Set<String> COMMON_WORDS = Set.of("the", "and", "for", "with", "from", "its", "unattributed");

    private final List<Article> articles;
    private final Map<String, List<List<Label>>> groupsByArticle = new LinkedHashMap<>();
    private final Map<String, List<Prediction>> predictionsByArticle = new LinkedHashMap<>();
    private final Map<String, int[]> matchWithClaimant = new LinkedHashMap<>();
    private final Map<String, int[]> matchWithoutClaimant = new LinkedHashMap<>();

    public CorpusScore(List<Article> articles, List<Prediction> predictions) {
        this.articles = articles;
        for (Article article : articles) {
            Map<String, List<Label>> groups = new LinkedHashMap<>();
            for (Label label : article.labels()) {
                groups.computeIfAbsent(label.mentionGroup() != null ? "group:" + label.mentionGroup() : "id:" + label.id(),
                        key -> new ArrayList<>()).add(label);
            }
            groupsByArticle.put(article.name(), new ArrayList<>(groups.values()));
            predictionsByArticle.put(article.name(), new ArrayList<>());
        }
        for (Prediction p : predictions) {
            predictionsByArticle.computeIfAbsent(p.article(), key -> new ArrayList<>()).add(p);
        }
        for (String name : predictionsByArticle.keySet()) {
            List<List<Label>> groups = groupsByArticle.getOrDefault(name, List.of());
            List<Prediction> predicted = predictionsByArticle.get(name);
            matchWithClaimant.put(name, match(predicted, groups, true));
            matchWithoutClaimant.put(name, match(predicted, groups, false));
        }
    }

    public Rates overall(boolean withClaimant) {
        Rates total = new Rates(0, 0, 0, 0);
        for (String name : predictionsByArticle.keySet()) {
            total = total.plus(article(name, withClaimant));
        }
        return total;
    }

    public Rates article(String name, boolean withClaimant) {
        int[] predictionToGroup = (withClaimant ? matchWithClaimant : matchWithoutClaimant).get(name);
        int groups = groupsByArticle.getOrDefault(name, List.of()).size();
        int matched = (int) Arrays.stream(predictionToGroup).filter(g -> g >= 0).count();
        return new Rates(predictionToGroup.length, matched, groups, matched);
    }

    /** The full report: totals, per article, per phenomenon, per attribution, calibration, misses and false claims. */
    public String report() {
        StringBuilder out = new StringBuilder();
        int labels = articles.stream().mapToInt(a -> a.labels().size()).sum();
        int groups = groupsByArticle.values().stream().mapToInt(List::size).sum();
        int predictions = predictionsByArticle.values().stream().mapToInt(List::size).sum();
        out.append(String.format("Corpus: %d articles, %d labelled claims (%d counted once per mention group), %d predicted%n",
                articles.size(), labels, groups, predictions));
        out.append(String.format("%-34s %9s %9s %9s%n", "", "precision", "recall", "F1"));
        line(out, "figure, side and category", overall(false));
        line(out, "and the claimant", overall(true));

        out.append(String.format("%nPer article%n%-14s %6s %6s   %-20s %-20s%n", "article", "groups", "pred", "P / R", "P / R with claimant"));
        for (String name : predictionsByArticle.keySet()) {
            Rates without = article(name, false);
            Rates with = article(name, true);
            out.append(String.format("%-14s %6d %6d   %.2f / %.2f          %.2f / %.2f%n", name, without.groups(),
                    without.predictions(), without.precision(), without.recall(), with.precision(), with.recall()));
        }

        out.append(String.format("%nRecall per phenomenon of the labels%n%-34s %6s %12s %14s%n", "phenomenon", "groups",
                "recall", "with claimant"));
        Map<String, int[]> phenomena = new TreeMap<>();
        forEachGroup((article, groupIndex, group) -> {
            boolean found = contains(matchWithoutClaimant.get(article), groupIndex);
            boolean foundWithClaimant = contains(matchWithClaimant.get(article), groupIndex);
            for (String phenomenon : phenomena(article, group.get(0))) {
                int[] counts = phenomena.computeIfAbsent(phenomenon, key -> new int[3]);
                counts[0]++;
                counts[1] += found ? 1 : 0;
                counts[2] += foundWithClaimant ? 1 : 0;
            }
        });
        phenomena.forEach((name, c) -> out.append(String.format("%-34s %6d %12.2f %14.2f%n", name, c[0], (double) c[1] / c[0],
                (double) c[2] / c[0])));

        out.append(String.format("%nPrecision per way the claimant was found%n%-34s %6s %12s %14s%n", "attribution", "pred",
                "precision", "with claimant"));
        tally(out, p -> p.how() == null ? "?" : p.how());

        out.append(String.format("%nCalibration: predictions per confidence, right with the claimant%n"));
        Map<String, int[]> buckets = new TreeMap<>();
        forEachPrediction((p, withClaimant, without) -> {
            String bucket = p.confidence() >= 0.9 ? "0.90-1.00" : p.confidence() >= 0.8 ? "0.80-0.89" : p.confidence() >= 0.7
                    ? "0.70-0.79" : p.confidence() >= 0.5 ? "0.50-0.69" : "0.00-0.49";
            int[] c = buckets.computeIfAbsent(bucket, key -> new int[2]);
            c[0]++;
            c[1] += withClaimant ? 1 : 0;
        });
        int[] high = new int[2];
        buckets.forEach((bucket, c) -> {
            out.append(String.format("  %s  %4d predictions, %5.1f%% right%n", bucket, c[0], 100.0 * c[1] / c[0]));
            if (bucket.compareTo("0.80") >= 0) {
                high[0] += c[0];
                high[1] += c[1];
            }
        });
        out.append(String.format("  >= 0.80    %4d predictions, %5.1f%% right%n", high[0], high[0] == 0 ? 0 : 100.0 * high[1] / high[0]));

        out.append(String.format("%nMissed (labels no prediction matches with its claimant)%n"));
        forEachGroup((article, groupIndex, group) -> {
            if (!contains(matchWithClaimant.get(article), groupIndex)) {
                Label l = group.get(0);
                boolean figureFound = contains(matchWithoutClaimant.get(article), groupIndex);
                out.append(String.format("  %-12s %s %s %s %s-%s by \"%s\"%s%n      %s%n", l.id(), l.subject(), l.population(),
                        l.category(), l.low(), l.high(), l.claimant(), figureFound ? "  [figure found, claimant wrong]" : "",
                        abbreviate(l.quote())));
            }
        });
        out.append(String.format("%nFalse claims (predictions no label matches with the claimant)%n"));
        for (String name : predictionsByArticle.keySet()) {
            List<Prediction> predicted = predictionsByArticle.get(name);
            int[] with = matchWithClaimant.get(name);
            int[] without = matchWithoutClaimant.get(name);
            for (int i = 0; i < predicted.size(); i++) {
                if (with[i] < 0) {
                    Prediction p = predicted.get(i);
                    String hint = "";
                    if (without[i] >= 0) {
                        hint = "  [figure right; labelled claimant \"" + groupsByArticle.get(name).get(without[i]).get(0).claimant() + "\"]";
                    }
                    out.append(String.format("  %-10s %s %s %s %s-%s by \"%s\" (%s, %.2f)%s%n      %s%n", name, p.subject(),
                            p.population(), p.category(), p.low(), p.high(), p.claimant(), p.how(), p.confidence(), hint,
                            abbreviate(p.quote())));
                }
            }
        }
        return out.toString();
    }

    /** Every prediction as a tab-separated row with whether it is right with and without the claimant, for analysis. */
    public String predictionRows() {
        StringBuilder out = new StringBuilder("article\tclaimant\thow\tsubject\tpopulation\tcategory\tlow\thigh\tqualifier\tconfidence\tright\tfigureRight\tquote\n");
        forEachPrediction((p, withClaimant, without) -> out.append(String.join("\t", p.article(), String.valueOf(p.claimant()),
                String.valueOf(p.how()), String.valueOf(p.subject()), p.population(), p.category(), String.valueOf(p.low()),
                String.valueOf(p.high()), p.qualifier(), String.valueOf(p.confidence()), String.valueOf(withClaimant),
                String.valueOf(without), abbreviate(p.quote()))).append('\n'));
        return out.toString();
    }

    private void tally(StringBuilder out, Function<Prediction, String> key) {
        Map<String, int[]> counts = new TreeMap<>();
        forEachPrediction((p, withClaimant, without) -> {
            int[] c = counts.computeIfAbsent(key.apply(p), k -> new int[3]);
            c[0]++;
            c[1] += without ? 1 : 0;
            c[2] += withClaimant ? 1 : 0;
        });
        counts.forEach((name, c) -> out.append(String.format("%-34s %6d %12.2f %14.2f%n", name, c[0], (double) c[1] / c[0],
                (double) c[2] / c[0])));
    }

    private static void line(StringBuilder out, String name, Rates r) {
        out.append(String.format("%-34s %9.3f %9.3f %9.3f   (%d of %d predictions right, %d of %d labels found)%n", name,
                r.precision(), r.recall(), r.f1(), r.predictionsMatched(), r.predictions(), r.groupsFound(), r.groups()));
    }

    /** The kinds of writing a label shows, for recall per phenomenon. */
    private List<String> phenomena(String articleName, Label l) {
        List<String> result = new ArrayList<>();
        Article article = articles.stream().filter(a -> a.name().equals(articleName)).findFirst().orElseThrow();
        result.add("war: " + (article.war() == null ? "?" : article.war()));
        result.add("category: " + l.category());
        result.add("qualifier: " + l.qualifier());
        result.add("population: " + l.population());
        if (l.ratePer() != null) {
            result.add("rate per " + l.ratePer());
        }
        if (l.subgroup() != null) {
            result.add("scoped to a subgroup");
        }
        if (l.mentionGroup() != null) {
            result.add("repeated (headline and body)");
        }
        result.add(l.unattributed() ? "claimant: unattributed (outlet)" : "claimant: named");
        String quote = l.quote().toLowerCase(Locale.ROOT);
        String claimantWord = significantWords(l.claimant()).stream().findFirst().orElse("");
        if (!l.unattributed() && !claimantWord.isEmpty() && !quote.contains(claimantWord)) {
            result.add("claimant outside the sentence");
        }
        if (quote.contains("according to")) {
            result.add("cue: according to");
        }
        return result;
    }

    private interface GroupVisitor {
        void visit(String article, int groupIndex, List<Label> group);
    }

    private interface PredictionVisitor {
        void visit(Prediction p, boolean rightWithClaimant, boolean rightWithoutClaimant);
    }

    private void forEachGroup(GroupVisitor visitor) {
        groupsByArticle.forEach((article, groups) -> {
            for (int g = 0; g < groups.size(); g++) {
                visitor.visit(article, g, groups.get(g));
            }
        });
    }

    private void forEachPrediction(PredictionVisitor visitor) {
        predictionsByArticle.forEach((article, predicted) -> {
            for (int i = 0; i < predicted.size(); i++) {
                visitor.visit(predicted.get(i), matchWithClaimant.get(article)[i] >= 0, matchWithoutClaimant.get(article)[i] >= 0);
            }
        });
    }

    private static boolean contains(int[] predictionToGroup, int group) {
        for (int g : predictionToGroup) {
            if (g == group) {
                return true;
            }
        }
        return false;
    }

    /** Kuhn's augmenting paths: the largest set of prediction-group pairs that agree. */
    private static int[] match(List<Prediction> predicted, List<List<Label>> groups, boolean withClaimant) {
        boolean[][] agrees = new boolean[predicted.size()][groups.size()];
        for (int p = 0; p < predicted.size(); p++) {
            for (int g = 0; g < groups.size(); g++) {
                for (Label label : groups.get(g)) {
                    agrees[p][g] |= agrees(predicted.get(p), label, withClaimant);
                }
            }
        }
        int[] groupToPrediction = new int[groups.size()];
        Arrays.fill(groupToPrediction, -1);
        for (int p = 0; p < predicted.size(); p++) {
            augment(p, agrees, groupToPrediction, new boolean[groups.size()]);
        }
        int[] predictionToGroup = new int[predicted.size()];
        Arrays.fill(predictionToGroup, -1);
        for (int g = 0; g < groups.size(); g++) {
            if (groupToPrediction[g] >= 0) {
                predictionToGroup[groupToPrediction[g]] = g;
            }
        }
        return predictionToGroup;
    }

    private static boolean augment(int p, boolean[][] agrees, int[] groupToPrediction, boolean[] seen) {
        for (int g = 0; g < groupToPrediction.length; g++) {
            if (agrees[p][g] && !seen[g]) {
                seen[g] = true;
                if (groupToPrediction[g] < 0 || augment(groupToPrediction[g], agrees, groupToPrediction, seen)) {
                    groupToPrediction[g] = p;
                    return true;
                }
            }
        }
        return false;
    }

    static boolean agrees(Prediction p, Label l, boolean withClaimant) {
        boolean category = l.category().equalsIgnoreCase(p.category())
                || l.categoryAlternatives().stream().anyMatch(a -> a.equalsIgnoreCase(p.category()));
        return category && Objects.equals(Subjects.canonical(l.subject()), Subjects.canonical(p.subject()))
                && Objects.equals(l.low(), p.low()) && Objects.equals(l.high(), p.high())
                && (!withClaimant || sameClaimant(l.claimant(), p.claimant())
                        || p.claimantAliases().stream().anyMatch(alias -> sameClaimant(l.claimant(), alias)));
    }

    static boolean sameClaimant(String labelled, String predicted) {
        if (predicted == null) {
            return false;
        }
        Set<String> words = significantWords(labelled);
        return significantWords(predicted).stream().anyMatch(words::contains);
    }

    private static Set<String> significantWords(String name) {
        Set<String> words = new java.util.LinkedHashSet<>();
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 3 && !COMMON_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String abbreviate(String quote) {
        String oneLine = quote.replaceAll("\\s+", " ");
        return oneLine.length() > 220 ? oneLine.substring(0, 217) + "..." : oneLine;
    }
}
