package org.claimgraph.sources.document;

import java.time.LocalDate;

import org.claimgraph.common.graphql.DatePrecision;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DocumentInput")
public class DocumentInput {

    @NonNull
    public String title;
    public String url;
    @Id
    @Description("The outlet that published the document (a Source).")
    public String outletId;
    public LocalDate publishedOn;
    @Description("Defaults to DAY when publishedOn is given.")
    public DatePrecision publishedOnPrecision;
    @NonNull
    public String text;
}
