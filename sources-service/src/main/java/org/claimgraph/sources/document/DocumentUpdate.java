package org.claimgraph.sources.document;

import java.time.LocalDate;
import java.util.List;

import org.claimgraph.common.graphql.DatePrecision;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DocumentUpdate")
@Description("The fields to change; fields not given stay as they are, `clear` empties optional ones. A publishedOn given "
        + "without a precision is a DAY; a precision given alone applies to the stored date. The text is what claims "
        + "quote, so it is not editable.")
public class DocumentUpdate {

    public String title;
    public String url;
    @Id
    @Description("The outlet that published the document (a Source).")
    public String outletId;
    public LocalDate publishedOn;
    public DatePrecision publishedOnPrecision;
    public List<@NonNull DocumentField> clear;

    @org.eclipse.microprofile.graphql.Enum("DocumentField")
    @Description("An optional field of a document that `clear` empties (PUBLISHED_ON clears its precision too).")
    public enum DocumentField {
        URL, OUTLET, PUBLISHED_ON
    }
}
