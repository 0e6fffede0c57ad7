package org.claimgraph.sources.changefeed;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.claimgraph.sources.source.SourceKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ChangeEvent")
@Description("One edit of a source or document, in the order edits were committed, with the record's state after it: "
        + "what copies of sources and documents kept elsewhere (claims-service's) follow.")
public class ChangeEvent {

    @NonNull
    @Description("Where the event is in the feed; pass the last one seen as changeFeed's `after`.")
    public int position;
    @NonNull
    public Kind kind;
    @NonNull
    public OffsetDateTime at;
    @NonNull
    @Description("Who made the edit.")
    public String actor;
    public String reason;
    @Description("SOURCE_UPDATED: the source after the edit; SOURCE_MERGED: the source kept.")
    public SourceState source;
    @Id
    @Description("SOURCE_MERGED: the source merged into `source`, whose aliases, claims and documents now belong to it.")
    public String mergedSourceId;
    @Description("DOCUMENT_UPDATED: the document after the edit.")
    public DocumentState document;

    @org.eclipse.microprofile.graphql.Enum("ChangeEventKind")
    public enum Kind {
        SOURCE_UPDATED, SOURCE_MERGED, DOCUMENT_UPDATED
    }

    @Type("SourceState")
    @Description("A source's fields as an edit left them.")
    public static class SourceState {
        @Id
        @NonNull
        public String id;
        @NonNull
        public String name;
        @NonNull
        public SourceKind kind;
        public String affiliation;
        @NonNull
        public int version;
    }

    @Type("DocumentState")
    @Description("A document's fields as an edit left them.")
    public static class DocumentState {
        @Id
        @NonNull
        public String id;
        @NonNull
        public String title;
        public String url;
        @Id
        public String outletId;
        public LocalDate publishedOn;
        @NonNull
        public int version;
    }
}
