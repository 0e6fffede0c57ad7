package org.claimgraph.sources.source;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceInput")
public class SourceInput {

    @NonNull
    public String name;
    @NonNull
    @DefaultValue("OTHER")
    public SourceKind kind = SourceKind.OTHER;
    public String affiliation;
    public String description;
    public List<@NonNull String> aliases;
}
