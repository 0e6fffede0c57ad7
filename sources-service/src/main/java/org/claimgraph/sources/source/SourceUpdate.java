package org.claimgraph.sources.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceUpdate")
@Description("The fields to change; fields not given stay as they are, `clear` empties optional ones. A new name becomes "
        + "one of the source's aliases; the old name stays one, so lookups by it still find the source.")
public class SourceUpdate {

    public String name;
    public SourceKind kind;
    public String affiliation;
    public String description;
    public List<@NonNull SourceField> clear;

    @org.eclipse.microprofile.graphql.Enum("SourceField")
    @Description("An optional field of a source that `clear` empties.")
    public enum SourceField {
        AFFILIATION, DESCRIPTION
    }
}
