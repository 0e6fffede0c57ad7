package org.claimgraph.sources.document;

import io.smallrye.graphql.api.ErrorCode;
import org.claimgraph.common.graphql.ApiException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DocumentBatchError")
@Description("Why one article of createDocumentsWithSources was not stored: the error createDocumentWithSources would give for it.")
public class DocumentBatchError {

    @NonNull
    @Description("BAD_USER_INPUT, CONFLICT, NOT_FOUND or INTERNAL, as the extensions.code of that error.")
    public String code;
    @Description("The input at fault, e.g. articles[3].input.text.")
    public String field;
    @NonNull
    public String message;

    /** The error of article {@code index}: an input error names the field within the article, others name the article. */
    static DocumentBatchError of(Throwable failure, int index) {
        String article = "articles[" + index + "]";
        DocumentBatchError error = new DocumentBatchError();
        if (failure instanceof ApiException api) {
            ErrorCode code = api.getClass().getAnnotation(ErrorCode.class);
            error.code = code == null ? "INTERNAL" : code.value();
            error.field = api.field() == null ? article : article + "." + api.field();
            error.message = api.field() == null ? article + ": " + api.getMessage()
                    : error.field + api.getMessage().substring(api.field().length());
        } else {
            error.code = "INTERNAL";
            error.field = article;
            error.message = article + ": could not be stored (" + failure.getClass().getSimpleName() + ")";
        }
        return error;
    }
}
