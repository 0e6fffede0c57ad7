package org.claimgraph.gateway.limits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * Refuses abusive operations before anything is fetched: too deep, too many aliases, too many fields. Fragments are
 * counted where they are spread, so a small document that multiplies through fragments is measured at full size;
 * counting stops at the limit, so measuring such a document stays cheap.
 */
public final class QueryLimits {

    private static final ErrorClassification LIMIT_EXCEEDED = ErrorClassification.errorClassification("LimitExceeded");

    private final int maxDepth;
    private final int maxAliases;
    private final int maxFields;

    public QueryLimits(int maxDepth, int maxAliases, int maxFields) {
        this.maxDepth = maxDepth;
        this.maxAliases = maxAliases;
        this.maxFields = maxFields;
    }

    /** The limits the document's operations break, as GraphQL errors (empty when none). */
    public List<GraphQLError> check(Document document) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(fragment -> fragments.put(fragment.getName(), fragment));
        List<GraphQLError> errors = new ArrayList<>();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            Count count = new Count(fragments);
            try {
                count.walk(operation.getSelectionSet(), 1);
            } catch (LimitReached stop) {
                // the count already exceeds a limit; the exact size does not matter
            }
            String name = operation.getName() == null ? "The operation" : "Operation " + operation.getName();
            if (count.depth > maxDepth) {
                errors.add(error(name + " is more than " + maxDepth + " levels deep; the limit is " + maxDepth, "QUERY_TOO_DEEP",
                        "max-depth"));
            }
            if (count.aliases > maxAliases) {
                errors.add(error(name + " uses more than " + maxAliases + " aliases; the limit is " + maxAliases,
                        "QUERY_TOO_MANY_ALIASES", "max-aliases"));
            }
            if (count.fields > maxFields) {
                errors.add(error(name + " selects more than " + maxFields + " fields; the limit is " + maxFields,
                        "QUERY_TOO_MANY_FIELDS", "max-fields"));
            }
        }
        return errors;
    }

    /** Whether no field of the document has an alias (so response keys are field names). */
    public static boolean aliasFree(Document document) {
        List<SelectionSet> sets = new ArrayList<>();
        document.getDefinitionsOfType(OperationDefinition.class).forEach(operation -> sets.add(operation.getSelectionSet()));
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(fragment -> sets.add(fragment.getSelectionSet()));
        while (!sets.isEmpty()) {
            SelectionSet set = sets.remove(sets.size() - 1);
            if (set == null) {
                continue;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    if (field.getAlias() != null) {
                        return false;
                    }
                    sets.add(field.getSelectionSet());
                } else if (selection instanceof InlineFragment inline) {
                    sets.add(inline.getSelectionSet());
                }
            }
        }
        return true;
    }

    private static GraphQLError error(String message, String code, String setting) {
        return GraphqlErrorBuilder.newError().message(message).errorType(LIMIT_EXCEEDED)
                .extensions(Map.of("code", code, "limit", "claimgraph.gateway.limits." + setting)).build();
    }

    private final class Count {
        final Map<String, FragmentDefinition> fragments;
        int depth;
        int aliases;
        int fields;

        Count(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        void walk(SelectionSet set, int level) {
            if (set == null) {
                return;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    fields++;
                    if (field.getAlias() != null) {
                        aliases++;
                    }
                    depth = Math.max(depth, level);
                    if (fields > maxFields || aliases > maxAliases || depth > maxDepth) {
                        throw new LimitReached();
                    }
                    walk(field.getSelectionSet(), level + 1);
                } else if (selection instanceof InlineFragment inline) {
                    walk(inline.getSelectionSet(), level);
                } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                    walk(fragments.get(spread.getName()).getSelectionSet(), level);
                }
            }
        }
    }

    private static final class LimitReached extends RuntimeException {
        LimitReached() {
            super(null, null, false, false);
        }
    }
}
