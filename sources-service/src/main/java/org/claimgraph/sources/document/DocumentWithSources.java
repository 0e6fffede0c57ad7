package org.claimgraph.sources.document;

import java.util.List;

import org.claimgraph.sources.source.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DocumentWithSources")
@Description("A document stored with the sources its article names, as createDocumentWithSources returns them.")
public class DocumentWithSources {

    @NonNull
    @Description("The document created, or the one that already holds the same text.")
    public Document document;
    @Description("The source outletName names, found or created; null when no outletName was given.")
    public Source outlet;
    @NonNull
    @Description("One source per sourceNames entry, in the order given, found or created.")
    public List<@NonNull Source> sources;

    static DocumentWithSources of(DocumentService.WithSources stored) {
        DocumentWithSources result = new DocumentWithSources();
        result.document = Document.of(stored.document());
        result.outlet = stored.outlet() == null ? null : Source.of(stored.outlet());
        result.sources = stored.sources().stream().map(Source::of).toList();
        return result;
    }
}
