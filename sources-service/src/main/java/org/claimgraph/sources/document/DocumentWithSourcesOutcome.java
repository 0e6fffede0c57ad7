package org.claimgraph.sources.document;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("DocumentWithSourcesOutcome")
@Description("What became of one article of createDocumentsWithSources: stored, or why not (never both).")
public class DocumentWithSourcesOutcome {

    @Description("Its position in articles, from 0.")
    public int index;
    @Description("What was stored or found; null when the article was refused.")
    public DocumentWithSources stored;
    @Description("Why nothing of the article was stored; null when it was.")
    public DocumentBatchError error;

    static DocumentWithSourcesOutcome stored(int index, DocumentWithSources stored) {
        DocumentWithSourcesOutcome outcome = new DocumentWithSourcesOutcome();
        outcome.index = index;
        outcome.stored = stored;
        return outcome;
    }

    static DocumentWithSourcesOutcome failed(int index, Throwable failure) {
        DocumentWithSourcesOutcome outcome = new DocumentWithSourcesOutcome();
        outcome.index = index;
        outcome.error = DocumentBatchError.of(failure, index);
        return outcome;
    }
}
