package org.claimgraph.claims.ingestion;

import io.smallrye.graphql.api.ErrorCode;
import org.claimgraph.common.graphql.ApiException;
import org.claimgraph.common.graphql.UnavailableException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.jboss.logging.Logger;

@Type("IngestionError")
@Description("Why one item of a batch (an article of ingestArticles, an item of ingestFeed) was not stored, as the GraphQL "
        + "error the single mutation would give for it. Nothing of the item was stored.")
public class IngestionError {

    private static final Logger LOG = Logger.getLogger(IngestionError.class);

    @NonNull
    @Description("BAD_USER_INPUT, CONFLICT, UNAVAILABLE (retryable), or INTERNAL.")
    public String code;
    @Description("The input at fault, e.g. articles[3].text or items[3].url.")
    public String field;
    @NonNull
    public String message;
    public boolean retryable;

    /**
     * The error of the item at {@code item} (e.g. {@code items[3]}): an error naming a field of the item keeps it, one
     * naming a field of its own (as the single mutation's argument) is moved under the item, one naming none names the item.
     */
    public static IngestionError of(Throwable failure, String item) {
        IngestionError error = new IngestionError();
        if (failure instanceof ApiException api) {
            ErrorCode code = api.getClass().getAnnotation(ErrorCode.class);
            error.code = code == null ? "INTERNAL" : code.value();
            error.field = api.field() == null ? item : api.field().startsWith(item) ? api.field() : item + "." + api.field();
            error.message = api.field() == null || api.field().equals(error.field) ? api.getMessage()
                    : error.field + api.getMessage().substring(api.field().length());
            error.retryable = api instanceof UnavailableException;
        } else {
            LOG.warnf(failure, "%s could not be ingested", item);
            error.code = "INTERNAL";
            error.field = item;
            error.message = item + ": could not be ingested (" + failure.getClass().getSimpleName() + ")";
        }
        return error;
    }
}
