package org.claimgraph.gateway.execution;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Field;
import org.claimgraph.gateway.execution.SubgraphClient.SubgraphFailure;
import org.claimgraph.gateway.planning.EntityBatch;
import org.claimgraph.gateway.planning.EntityBatch.EntitiesField;
import org.claimgraph.gateway.planning.Fetch;
import org.claimgraph.gateway.planning.QueryPlan;

/**
 * Runs a plan: the root fetches, then each level's entity batches, the requests of a level concurrently. Responses
 * are merged on one thread once a level is complete, so the data needs no locking. A subgraph that fails leaves its
 * fields null and adds an error naming it, with the path of the data it could not complete.
 */
final class PlanExecutor {

    private static final graphql.ErrorClassification SUBGRAPH_FAILURE = graphql.ErrorClassification.errorClassification("SubgraphFailure");

    private final SubgraphClient client;
    private final Map<String, URI> urls;

    PlanExecutor(SubgraphClient client, Map<String, URI> urls) {
        this.client = client;
        this.urls = urls;
    }

    CompletableFuture<Outcome> execute(QueryPlan plan, Map<String, Object> variables, Map<String, String> headers) {
        Run run = new Run(variables == null ? Map.of() : variables, headers,
                plan.operation() == graphql.language.OperationDefinition.Operation.MUTATION);
        CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
        for (QueryPlan.Step step : plan.steps()) {
            done = done.thenCompose(ignored -> CompletableFuture.allOf(step.rootFetches().stream().map(run::root)
                    .toArray(CompletableFuture[]::new)));
            for (List<EntityBatch> level : step.levels()) {
                done = done.thenCompose(ignored -> run.level(level));
            }
        }
        return done.thenApply(ignored -> new Outcome(run.data, run.errors, run.explained));
    }

    private final class Run {
        final Map<String, Object> variables;
        final Map<String, String> headers;
        final Map<String, Object> data = new LinkedHashMap<>();
        final List<GraphQLError> errors = new ArrayList<>();
        final List<List<Object>> explained = new ArrayList<>();
        final boolean mutation;

        Run(Map<String, Object> variables, Map<String, String> headers, boolean mutation) {
            this.variables = variables;
            this.headers = headers;
            this.mutation = mutation;
        }

        CompletableFuture<Void> root(Fetch fetch) {
            CompletableFuture<SubgraphResponse> sent = mutation
                    ? client.post(fetch.subgraph(), urls.get(fetch.subgraph()), fetch.selectionText(), only(fetch.variables()),
                            headers, client.mutations().timeout())
                    : send(fetch.subgraph(), fetch.selectionText(), only(fetch.variables()));
            return sent.handle((response, failure) -> {
                synchronized (this) {
                    if (failure != null && mutation) {
                        rootFields(fetch).forEach((key, name) -> failMutation(fetch.subgraph(), failure, key, name));
                    } else if (failure != null) {
                        for (String key : rootKeys(fetch)) {
                            fail(fetch.subgraph(), unwrap(failure), List.of(key), 1);
                        }
                    } else {
                        if (response.data() != null) {
                            merge(data, shapeAliasesUndone(response.data()));
                        }
                        response.errors().forEach(error -> errors.add(fromSubgraph(fetch.subgraph(), error, path(error))));
                        response.errors().forEach(error -> explainPath(path(error)));
                    }
                }
                return null;
            });
        }

        CompletableFuture<Void> level(List<EntityBatch> batches) {
            List<CompletableFuture<Void>> requests = new ArrayList<>();
            for (EntityBatch batch : batches) {
                requests.add(batch(batch));
            }
            return CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new));
        }

        private CompletableFuture<Void> batch(EntityBatch batch) {
            Map<String, Object> requestVariables = only(batch.variables());
            Map<EntitiesField, List<Target>> targets = new HashMap<>();
            boolean any = false;
            synchronized (this) {
                for (EntitiesField field : batch.fields()) {
                    Map<Map<String, Object>, Integer> indexes = new HashMap<>();
                    List<Object> representations = new ArrayList<>();
                    List<Target> fieldTargets = new ArrayList<>();
                    for (Fetch fetch : field.fetches()) {
                        List<Located> objects = new ArrayList<>();
                        walk(data, fetch.path(), 0, new ArrayList<>(), fetch.accepts(), objects);
                        for (Located object : objects) {
                            Map<String, Object> representation = representation(fetch, object.data());
                            if (representation == null) {
                                continue;
                            }
                            int index = indexes.computeIfAbsent(representation, key -> {
                                representations.add(representation);
                                return representations.size() - 1;
                            });
                            fieldTargets.add(new Target(fetch, object, index));
                        }
                    }
                    requestVariables.put(field.variable(), representations);
                    targets.put(field, fieldTargets);
                    any |= !representations.isEmpty();
                }
            }
            if (!any) {
                return CompletableFuture.completedFuture(null);
            }
            return send(batch.subgraph(), batch.query(), requestVariables).handle((response, failure) -> {
                synchronized (this) {
                    if (failure != null) {
                        batch.fields().forEach(field -> failTargets(batch.subgraph(), unwrap(failure), targets.get(field)));
                    } else {
                        complete(batch, response, targets);
                    }
                }
                return null;
            });
        }

        private void complete(EntityBatch batch, SubgraphResponse response, Map<EntitiesField, List<Target>> targets) {
            for (EntitiesField field : batch.fields()) {
                Object entities = response.data() == null ? null : response.data().get(field.alias());
                List<Target> fieldTargets = targets.get(field);
                if (!(entities instanceof List<?> list)) {
                    if (response.errors().isEmpty()) {
                        failTargets(batch.subgraph(), "no _entities in the answer", fieldTargets);
                    } else {
                        refusedTargets(batch.subgraph(), response.errors().get(0), fieldTargets);
                    }
                    continue;
                }
                java.util.Set<Integer> merged = new java.util.HashSet<>();
                for (Target target : fieldTargets) {
                    if (target.index() < list.size() && list.get(target.index()) instanceof Map<?, ?> entity) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> values = shapeAliasesUndone((Map<String, Object>) entity);
                        if (target.fetch().entityType().equals(values.get("__typename"))) {
                            // the type asked for: an interface (object) must not hide the concrete type known already
                            // (removed in place: the answer is this request's own, and an entity met again is copied below)
                            values.remove("__typename");
                        }
                        // one entity at several places: each gets its own copy, or later levels would write into all of them
                        merge(target.object().data(), merged.add(target.index()) ? values : copy(values));
                    }
                }
            }
            for (Map<String, Object> error : response.errors()) {
                List<Object> subgraphPath = path(error);
                EntitiesField field = subgraphPath == null || subgraphPath.size() < 2 ? null
                        : batch.fields().stream().filter(f -> f.alias().equals(subgraphPath.get(0))).findFirst().orElse(null);
                if (field == null) {
                    continue; // an error of the whole request: reported above for each field it emptied
                }
                List<Target> hit = targets.get(field).stream()
                        .filter(target -> subgraphPath.get(1) instanceof Number n && n.intValue() == target.index()).toList();
                for (int i = 0; i < hit.size(); i++) {
                    List<Object> clientPath = new ArrayList<>(hit.get(i).object().path());
                    clientPath.addAll(subgraphPath.subList(2, subgraphPath.size()));
                    explainPath(clientPath);
                    if (i == 0) {
                        errors.add(fromSubgraph(batch.subgraph(), error, clientPath));
                    }
                }
            }
        }

        /**
         * The subgraph answered, but refused the whole request (a bad argument of the client's): its own error, with
         * its code and field, at the first object it leaves incomplete; not an outage, so nothing to retry.
         */
        private void refusedTargets(String subgraph, Map<String, Object> error, List<Target> targets) {
            if (targets == null || targets.isEmpty()) {
                return;
            }
            Map<Fetch, List<Target>> byFetch = new LinkedHashMap<>();
            targets.forEach(target -> byFetch.computeIfAbsent(target.fetch(), f -> new ArrayList<>()).add(target));
            byFetch.forEach((fetch, hit) -> {
                hit.forEach(target -> explainPath(target.object().path()));
                errors.add(fromSubgraph(subgraph, error, hit.get(0).object().path()));
            });
        }

        private void failTargets(String subgraph, String reason, List<Target> targets) {
            if (targets == null || targets.isEmpty()) {
                return;
            }
            Map<Fetch, List<Target>> byFetch = new LinkedHashMap<>();
            targets.forEach(target -> byFetch.computeIfAbsent(target.fetch(), f -> new ArrayList<>()).add(target));
            byFetch.forEach((fetch, hit) -> {
                hit.forEach(target -> explainPath(target.object().path()));
                fail(subgraph, reason, hit.get(0).object().path(), hit.size());
            });
        }

        private void fail(String subgraph, String reason, List<Object> path, int objects) {
            explainPath(path);
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", "SUBGRAPH_UNAVAILABLE");
            extensions.put("subgraph", subgraph);
            extensions.put("retryable", true);
            if (objects > 1) {
                extensions.put("affectedObjects", objects);
            }
            errors.add(GraphqlErrorBuilder.newError().errorType(SUBGRAPH_FAILURE)
                    .message("Subgraph %s failed, so the data at this path is incomplete: %s", subgraph, reason)
                    .path(path).extensions(extensions).build());
        }

        /**
         * A mutation without an answer may still have been applied: the error says so ({@code outcome: UNKNOWN}) and
         * calls it retryable only when the mutation is idempotent, which the message names as the reason. A mutation
         * whose request never left the gateway (no connection) was not applied and may be sent again.
         */
        private void failMutation(String subgraph, Throwable failure, String key, String mutationName) {
            explainPath(List.of(key));
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            boolean notSent = cause instanceof SubgraphFailure subgraphFailure && subgraphFailure.notSent;
            boolean idempotent = client.mutations().idempotent().contains(mutationName);
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", "SUBGRAPH_UNAVAILABLE");
            extensions.put("subgraph", subgraph);
            extensions.put("outcome", notSent ? "NOT_APPLIED" : "UNKNOWN");
            extensions.put("retryable", notSent || idempotent);
            if (!notSent) {
                extensions.put("idempotent", idempotent);
            }
            String advice = notSent ? "it was not sent, so nothing was applied; sending it again is safe"
                    : idempotent ? "it may or may not have been applied; " + mutationName
                            + " is idempotent, so sending it again is safe and applies it at most once"
                    : "it may or may not have been applied; " + mutationName
                            + " is not known to be idempotent, so check whether it took effect before sending it again";
            errors.add(GraphqlErrorBuilder.newError().errorType(SUBGRAPH_FAILURE)
                    .message("Subgraph %s did not answer the mutation %s (%s): %s", subgraph, mutationName, unwrap(failure), advice)
                    .path(List.of(key)).extensions(extensions).build());
        }

        private void explainPath(List<Object> path) {
            if (path != null) {
                explained.add(path);
            }
        }

        private Map<String, Object> only(java.util.Set<String> names) {
            Map<String, Object> selected = new LinkedHashMap<>();
            names.forEach(name -> {
                if (variables.containsKey(name)) {
                    selected.put(name, variables.get(name));
                }
            });
            return selected;
        }

        private CompletableFuture<SubgraphResponse> send(String subgraph, String query, Map<String, Object> requestVariables) {
            return client.post(subgraph, urls.get(subgraph), query, requestVariables, headers);
        }
    }

    private static List<String> rootKeys(Fetch fetch) {
        // the root query text starts "query{a b:c ...}": its top-level response keys are what failed
        graphql.language.OperationDefinition operation = (graphql.language.OperationDefinition) graphql.parser.Parser
                .parse(fetch.selectionText()).getDefinitions().get(0);
        return operation.getSelectionSet().getSelectionsOfType(Field.class).stream().map(Field::getResultKey).toList();
    }

    /** The root fields of a fetch, response key to field name (a mutation's name decides whether it is idempotent). */
    private static Map<String, String> rootFields(Fetch fetch) {
        graphql.language.OperationDefinition operation = (graphql.language.OperationDefinition) graphql.parser.Parser
                .parse(fetch.selectionText()).getDefinitions().get(0);
        Map<String, String> fields = new LinkedHashMap<>();
        operation.getSelectionSet().getSelectionsOfType(Field.class).forEach(field -> fields.put(field.getResultKey(), field.getName()));
        return fields;
    }

    /** Walks the response keys of a path through objects and lists, collecting the objects of {@code type} at its end. */
    @SuppressWarnings("unchecked")
    private static void walk(Object node, List<String> path, int depth, List<Object> at, java.util.Set<String> types, List<Located> found) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                at.add(i);
                walk(list.get(i), path, depth, at, types, found);
                at.remove(at.size() - 1);
            }
        } else if (node instanceof Map<?, ?> map) {
            if (depth == path.size()) {
                if (types.contains(map.get("__typename"))) {
                    found.add(new Located((Map<String, Object>) map, List.copyOf(at)));
                }
                return;
            }
            String step = path.get(depth);
            if (step.startsWith(Fetch.TYPE_STEP)) {
                if (step.substring(Fetch.TYPE_STEP.length()).equals(map.get("__typename"))) {
                    walk(map, path, depth + 1, at, types, found);
                }
                return;
            }
            at.add(step);
            walk(map.get(step), path, depth + 1, at, types, found);
            at.remove(at.size() - 1);
        }
    }

    private static Map<String, Object> representation(Fetch fetch, Map<String, Object> object) {
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("__typename", fetch.entityType());
        for (Field keyField : fetch.key().getSelectionsOfType(Field.class)) {
            Object value = object.get(fetch.keyFetched() ? keyField.getName() : Fetch.KEY_ALIAS_PREFIX + keyField.getName());
            if (value == null) {
                return null; // no key, no entity: its fields stay null
            }
            boolean nested = fetch.keyFetched() && keyField.getSelectionSet() != null;
            representation.put(keyField.getName(), nested ? projectedValue(value, keyField.getSelectionSet()) : value);
        }
        if (fetch.requires() != null) {
            representation.putAll(projected(object, fetch.requires()));
        }
        return representation;
    }

    /** The part of an object a field set names (a {@code @requires}), fetched earlier under the fields' own names. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> projected(Map<String, Object> object, graphql.language.SelectionSet fields) {
        Map<String, Object> projection = new LinkedHashMap<>();
        for (graphql.language.Selection<?> selection : fields.getSelections()) {
            if (selection instanceof Field field) {
                Object value = object.get(field.getResultKey()); // fields with arguments were fetched under aliases
                projection.put(field.getName(), field.getSelectionSet() == null ? value : projectedValue(value, field.getSelectionSet()));
            } else if (selection instanceof graphql.language.InlineFragment fragment) {
                if (fragment.getTypeCondition() == null || fragment.getTypeCondition().getName().equals(object.get("__typename"))) {
                    projection.putAll(projected(object, fragment.getSelectionSet()));
                } else {
                    // a condition on an interface (or another type): the object has the fields fetched for it only
                    projected(object, fragment.getSelectionSet()).forEach((name, value) -> {
                        if (value != null || fetchedUnder(object, name, fragment.getSelectionSet())) {
                            projection.putIfAbsent(name, value);
                        }
                    });
                }
                if (object.containsKey("__typename")) {
                    projection.put("__typename", object.get("__typename"));
                }
            }
        }
        return projection;
    }

    private static boolean fetchedUnder(Map<String, Object> object, String name, graphql.language.SelectionSet fields) {
        return fields.getSelectionsOfType(Field.class).stream()
                .anyMatch(field -> field.getName().equals(name) && object.containsKey(field.getResultKey()));
    }

    /**
     * An answer with the fields sent under {@link Fetch#SHAPE_ALIAS_PREFIX} aliases back under their response keys;
     * the answer itself (no copy) when it has none, as most have.
     */
    static Map<String, Object> shapeAliasesUndone(Map<String, Object> object) {
        return hasShapeAliases(object) ? renamed(object) : object;
    }

    private static boolean hasShapeAliases(Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (((String) entry.getKey()).startsWith(Fetch.SHAPE_ALIAS_PREFIX) || hasShapeAliases(entry.getValue())) {
                    return true;
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (hasShapeAliases(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, Object> renamed(Map<?, ?> object) {
        Map<String, Object> renamed = new LinkedHashMap<>();
        object.forEach((key, value) -> renamed.put(responseKey((String) key), renamed(value)));
        return renamed;
    }

    private static Object renamed(Object value) {
        if (value instanceof Map<?, ?> map) {
            return renamed(map);
        }
        if (value instanceof List<?> list) {
            List<Object> renamed = new ArrayList<>(list.size());
            list.forEach(item -> renamed.add(renamed(item)));
            return renamed;
        }
        return value;
    }

    private static String responseKey(String key) {
        if (!key.startsWith(Fetch.SHAPE_ALIAS_PREFIX)) {
            return key;
        }
        int separator = key.indexOf('_', Fetch.SHAPE_ALIAS_PREFIX.length());
        return separator < 0 ? key : key.substring(separator + 1);
    }

    @SuppressWarnings("unchecked")
    private static Object projectedValue(Object value, graphql.language.SelectionSet fields) {
        if (value instanceof Map<?, ?> map) {
            return projected((Map<String, Object>) map, fields);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> projectedValue(item, fields)).toList();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copied = new LinkedHashMap<>();
            map.forEach((key, item) -> copied.put((String) key, copy(item)));
            return (T) copied;
        }
        if (value instanceof List<?> list) {
            List<Object> copied = new ArrayList<>(list.size());
            list.forEach(item -> copied.add(copy(item)));
            return (T) copied;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> source) {
        source.forEach((key, value) -> {
            Object existing = target.get(key);
            if (existing instanceof Map<?, ?> existingMap && value instanceof Map<?, ?> valueMap) {
                merge((Map<String, Object>) existingMap, (Map<String, Object>) valueMap);
            } else if (existing instanceof List<?> existingList && value instanceof List<?> valueList
                    && existingList.size() == valueList.size()) {
                for (int i = 0; i < valueList.size(); i++) {
                    if (existingList.get(i) instanceof Map<?, ?> a && valueList.get(i) instanceof Map<?, ?> b) {
                        merge((Map<String, Object>) a, (Map<String, Object>) b);
                    }
                }
            } else {
                target.put(key, value);
            }
        });
    }

    private static GraphQLError fromSubgraph(String subgraph, Map<String, Object> error, List<Object> path) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.get("extensions") instanceof Map<?, ?> original) {
            original.forEach((key, value) -> extensions.put(String.valueOf(key), value));
        }
        extensions.put("subgraph", subgraph);
        return new SubgraphError(String.valueOf(error.get("message")), path, extensions);
    }

    /**
     * A subgraph's error as the subgraph gave it. Not built with GraphqlErrorBuilder, which would add a
     * classification of its own (DataFetchingException) that the subgraph did not send.
     */
    private record SubgraphError(String message, List<Object> errorPath, Map<String, Object> errorExtensions) implements GraphQLError {
        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public List<graphql.language.SourceLocation> getLocations() {
            return null;
        }

        @Override
        public graphql.ErrorClassification getErrorType() {
            return null;
        }

        @Override
        public List<Object> getPath() {
            return errorPath;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return errorExtensions;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> path(Map<String, Object> error) {
        return error.get("path") instanceof List<?> path ? (List<Object>) path : null;
    }

    private static String unwrap(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof SubgraphFailure ? cause.getMessage() : String.valueOf(cause.getMessage());
    }

    /** An object found in the data, with its path in the client's response. */
    record Located(Map<String, Object> data, List<Object> path) {
    }

    private record Target(Fetch fetch, Located object, int index) {
    }
}
