package org.claimgraph.claims.sources;

import java.time.LocalDate;
import java.util.List;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;
import org.claimgraph.common.graphql.DatePrecision;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The part of sources-service's GraphQL API this service calls (typesafe client; URL from configuration). Each call
 * carries the caller's {@code Authorization} header, so sources-service checks the caller's own roles.
 */
@GraphQLClientApi(configKey = "sources")
public interface SourcesGraphQLClient {

    @Mutation("createDocumentWithSources")
    Uni<DocumentWithSources> createDocumentWithSources(@NonNull DocumentInput input, String outletName,
            @NonNull List<@NonNull String> sourceNames, @Header(name = "Authorization") String authorization);

    @Mutation("createDocumentsWithSources")
    Uni<List<DocumentWithSourcesOutcome>> createDocumentsWithSources(@NonNull List<@NonNull ArticleSources> articles,
            @Header(name = "Authorization") String authorization);

    @Query("source")
    Uni<ResolvedSource> source(@Id @NonNull String id, @Header(name = "Authorization") String authorization);

    @Query("document")
    Uni<CreatedDocument> document(@Id @NonNull String id, @Header(name = "Authorization") String authorization);

    @Query("changeFeed")
    Uni<List<ChangeEvent>> changeFeed(int after, int first, @Header(name = "Authorization") String authorization);

    @Mutation("acknowledgeChangeFeed")
    Uni<Integer> acknowledgeChangeFeed(@NonNull String reader, int position, @Header(name = "Authorization") String authorization);

    /** One edit of sources-service's change feed, with the record's state after it. */
    class ChangeEvent {
        public int position;
        public String kind;
        public String actor;
        public String reason;
        public ResolvedSource source;
        @Id
        public String mergedSourceId;
        public EditedDocument document;
    }

    /** A document as an edit left it. */
    class EditedDocument {
        @Id
        public String id;
        public String title;
        public String url;
        @Id
        public String outletId;
        public LocalDate publishedOn;
        public int version;
    }

    /** A source: found or created by name, or looked up by id. */
    class ResolvedSource {
        @Id
        public String id;
        public String name;
        public String kind;
        public String affiliation;
        public int version;
    }

    /** A document: created, found by its text, or looked up by id. */
    class CreatedDocument {
        @Id
        public String id;
        public String title;
        public String url;
        public Outlet outlet;
        public LocalDate publishedOn;
        public int version;
    }

    /** An article's document with its outlet and the sources it names, from one call. */
    class DocumentWithSources {
        public CreatedDocument document;
        public ResolvedSource outlet;
        public List<ResolvedSource> sources;
    }

    /** One article of createDocumentsWithSources: what createDocumentWithSources takes. */
    @Input("ArticleSourcesInput")
    class ArticleSources {
        public DocumentInput input;
        public String outletName;
        public List<String> sourceNames;

        public ArticleSources(DocumentInput input, String outletName, List<String> sourceNames) {
            this.input = input;
            this.outletName = outletName;
            this.sourceNames = sourceNames;
        }
    }

    /** What became of one article of createDocumentsWithSources: stored, or the error that refused it. */
    class DocumentWithSourcesOutcome {
        public int index;
        public DocumentWithSources stored;
        public BatchError error;
    }

    /** sources-service's error for one article of a batch, as its GraphQL error would carry it. */
    class BatchError {
        public String code;
        public String field;
        public String message;
    }

    /** A document's outlet, by id. */
    class Outlet {
        @Id
        public String id;
    }

    /** sources-service's {@code DocumentInput}. */
    @Input("DocumentInput")
    class DocumentInput {
        public String title;
        public String url;
        @Id
        public String outletId;
        public LocalDate publishedOn;
        public DatePrecision publishedOnPrecision;
        public String text;
    }
}
