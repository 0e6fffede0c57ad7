package org.claimgraph.sources.document;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ArticleSourcesInput")
@Description("One article of createDocumentsWithSources: what createDocumentWithSources takes as its arguments.")
public class ArticleSourcesInput {

    @NonNull
    public DocumentInput input;
    public String outletName;
    @NonNull
    public List<@NonNull String> sourceNames;
}
