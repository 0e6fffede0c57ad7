package org.claimgraph.claims.extraction.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimgraph.claims.extraction.ClaimExtractor;
import org.claimgraph.claims.extraction.ExtractedClaim;
import org.claimgraph.claims.extraction.corpus.Corpus.Article;
import org.claimgraph.claims.extraction.corpus.CorpusScore.Prediction;

/**
 * The extractor alone on the corpus, scored as CorpusQualityTest scores the whole ingestion, for a quick loop while
 * changing rules: claimants are as written (not resolved by sources-service), a figure nobody claims goes to the
 * outlet as ingestion does. Arguments: [corpus directory] [report file] [prediction rows file].
 */
public final class CorpusEvaluation {

    private CorpusEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = args.length > 0 ? Path.of(args[0]) : Corpus.directory();
        List<Article> articles = Corpus.load(directory);
        CorpusScore score = score(articles);
        String report = score.report();
        System.out.print(report);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), report);
        }
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), score.predictionRows());
        }
    }

    public static CorpusScore score(List<Article> articles) {
        ClaimExtractor extractor = new ClaimExtractor();
        List<Prediction> predictions = new ArrayList<>();
        for (Article article : articles) {
            for (ExtractedClaim c : extractor.extract(article.text(), article.publishedOn())) {
                boolean unattributed = c.claimant() == null;
                predictions.add(new Prediction(article.name(), unattributed ? article.outlet() : c.claimant(),
                        List.of(), c.attribution().name(), c.subject(), c.population().name(), c.category().name(),
                        c.low() == null ? null : c.low().longValue(), c.high() == null ? null : c.high().longValue(),
                        c.qualifier().name(), c.quote(), c.confidence()));
            }
        }
        return new CorpusScore(articles, predictions);
    }
}
