package org.claimgraph.sources.source;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Source")
@Key(fields = @FieldSet("id"))
@Description("Who makes or publishes claims: a person, government, military, agency, think tank, outlet.")
public class Source {

    @Id
    @NonNull
    public String id;
    @NonNull
    public String name;
    @NonNull
    public SourceKind kind;
    @Description("Country or body the source speaks for, e.g. UA, RU, US, UN.")
    public String affiliation;
    public String description;
    @NonNull
    @Description("Incremented by every edit; give it to updateSource or mergeSources to be told when someone else edited first.")
    public int version;

    public static Source of(SourceEntity entity) {
        Source source = new Source();
        source.id = entity.id.toString();
        source.name = entity.name;
        source.kind = entity.kind;
        source.affiliation = entity.affiliation;
        source.description = entity.description;
        source.version = entity.version;
        return source;
    }
}
