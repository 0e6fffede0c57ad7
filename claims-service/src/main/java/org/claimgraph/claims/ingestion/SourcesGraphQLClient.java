package org.claimgraph.claims.ingestion;

import java.time.LocalDate;
import java.util.List;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.mutiny.Uni;
import org.claimgraph.common.graphql.DatePrecision;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** The part of sources-service's GraphQL API that ingestion calls (typesafe client; URL from configuration). */
@GraphQLClientApi(configKey = "sources")
public interface SourcesGraphQLClient {

    @Mutation("resolveSources")
    Uni<List<ResolvedSource>> resolveSources(@NonNull List<@NonNull String> names);

    @Mutation("createDocument")
    Uni<CreatedDocument> createDocument(@NonNull DocumentInput input);

    /** A source found or created by name. */
    class ResolvedSource {
        @Id
        public String id;
        public String name;
    }

    /** The document created, or found by its text. */
    class CreatedDocument {
        @Id
        public String id;
        public LocalDate publishedOn;
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
