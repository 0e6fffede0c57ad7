package org.claimgraph.sources.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.claimgraph.common.graphql.DatePrecision;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Document")
@Key(fields = @FieldSet("id"))
@Description("An article or statement in which claims appear.")
public class Document {

    @Id
    @NonNull
    public String id;
    @NonNull
    public String title;
    public String url;
    @Description("Publication date; with MONTH or YEAR precision only its month or year is known.")
    public LocalDate publishedOn;
    public DatePrecision publishedOnPrecision;
    @NonNull
    public String text;
    @NonNull
    @Description("SHA-256 of the text (hex); the same text is one document.")
    public String contentSha256;
    @NonNull
    @Description("The text says it was created with automation technology.")
    public boolean automated;
    @NonNull
    public OffsetDateTime ingestedAt;
    @NonNull
    @Description("Incremented by every edit; give it to updateDocument to be told when someone else edited first.")
    public int version;

    @Ignore
    public String outletId;

    public static Document of(DocumentEntity entity) {
        Document document = new Document();
        document.id = entity.id.toString();
        document.title = entity.title;
        document.url = entity.url;
        document.publishedOn = entity.publishedOn;
        document.publishedOnPrecision = entity.publishedOnPrecision;
        document.text = entity.text;
        document.contentSha256 = entity.contentSha256;
        document.automated = entity.automated;
        document.ingestedAt = entity.ingestedAt;
        document.version = entity.version;
        document.outletId = entity.outletId == null ? null : entity.outletId.toString();
        return document;
    }
}
