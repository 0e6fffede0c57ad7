package org.claimgraph.gateway.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.SelectionSet;

/**
 * One request to one subgraph in a plan. A root fetch asks for root fields; an entity fetch asks {@code _entities}
 * for fields of the objects of type {@code entityType} found at {@code path} in the data fetched before it.
 */
public final class Fetch {

    /** Prefix of the aliases under which the planner fetches key fields it needs itself. */
    public static final String KEY_ALIAS_PREFIX = "_cg_key_";
    /**
     * Prefix of the aliases under which a field is fetched where its type in the subgraph differs from the supergraph's
     * (sibling fragments would conflict): {@code _cg_as<shape>_<response key>}; answers are renamed back on arrival.
     */
    public static final String SHAPE_ALIAS_PREFIX = "_cg_as";
    /** Prefix of the aliases under which fields with arguments a {@code @requires} names are fetched. */
    public static final String REQUIRED_ALIAS_PREFIX = "_cg_req_";
    /** A path step that keeps only objects of one concrete type (within an interface or union); not a response key. */
    public static final String TYPE_STEP = "... on ";

    private final String subgraph;
    private final int level;
    private final List<String> path;
    private final String entityType;
    private final SelectionSet key;
    private final SelectionSet requires;
    private final Set<String> accepts;
    private final boolean keyFetched;
    final Selections selections = new Selections();
    final Set<String> variables = new LinkedHashSet<>();
    private final Map<String, Fetch> children = new LinkedHashMap<>();
    private String selectionText;

    Fetch(String subgraph, int level, List<String> path, String entityType, SelectionSet key, SelectionSet requires,
            Set<String> accepts) {
        this(subgraph, level, path, entityType, key, requires, accepts, false);
    }

    private Fetch(String subgraph, int level, List<String> path, String entityType, SelectionSet key, SelectionSet requires,
            Set<String> accepts, boolean keyFetched) {
        this.keyFetched = keyFetched;
        this.accepts = accepts;
        this.subgraph = subgraph;
        this.level = level;
        this.path = List.copyOf(path);
        this.entityType = entityType;
        this.key = key;
        this.requires = requires;
    }

    /** The entity fetch below this one for fields of {@code type} at {@code path} that {@code owner} resolves. */
    Fetch entityChild(String owner, List<String> path, String type, SelectionSet key) {
        return entityChild(owner, path, type, key, null, level, Set.of(type));
    }

    /**
     * The entity fetch below this one for a field that needs {@code requires} in its representations: it runs after
     * level {@code ready}, once every fetch that brings those fields has merged its data.
     */
    Fetch entityChild(String owner, List<String> path, String type, SelectionSet key, SelectionSet requires, int ready,
            Set<String> accepts) {
        String id = owner + " " + type + " " + String.join(".", path) + " " + accepts
                + (requires == null ? "" : " requires " + graphql.language.AstPrinter.printAstCompact(requires) + " after " + ready);
        return children.computeIfAbsent(id, ignored -> new Fetch(owner, Math.max(level, ready) + 1, path, type, key, requires, accepts));
    }

    /**
     * The entity fetch below this one by a key whose fields the parent's subgraph does not resolve itself: they are
     * fetched from other subgraphs first, under their own names, and it runs after level {@code ready}.
     */
    Fetch entityChildByFetchedKey(String owner, List<String> path, String type, SelectionSet key, SelectionSet requires, int ready,
            Set<String> accepts) {
        String id = owner + " " + type + " " + String.join(".", path) + " " + accepts + " by fetched key "
                + graphql.language.AstPrinter.printAstCompact(key)
                + (requires == null ? "" : " requires " + graphql.language.AstPrinter.printAstCompact(requires)) + " after " + ready;
        return children.computeIfAbsent(id, ignored -> new Fetch(owner, Math.max(level, ready) + 1, path, type, key, requires, accepts, true));
    }

    /** An empty fetch like this one, to plan into when finding out whether a way of planning works. */
    Fetch scratch() {
        return new Fetch(subgraph, level, path, entityType, key, requires, accepts, keyFetched);
    }

    void finish(String text) {
        this.selectionText = text;
    }

    public String subgraph() {
        return subgraph;
    }

    public int level() {
        return level;
    }

    /**
     * Response keys from the root to the objects this fetch completes; list items are walked through, and
     * {@link #TYPE_STEP} steps keep the objects of one type.
     */
    public List<String> path() {
        return path;
    }

    public String entityType() {
        return entityType;
    }

    /**
     * The key fields the representations carry: under {@link #KEY_ALIAS_PREFIX} aliases in the parent's data, or, when
     * {@link #keyFetched()}, under their own names.
     */
    public SelectionSet key() {
        return key;
    }

    /** Whether the key fields were fetched under their own names (from other subgraphs than the parent's). */
    public boolean keyFetched() {
        return keyFetched;
    }

    /**
     * The {@code __typename}s of the objects at the path this fetch completes: the entity type itself, or, where the
     * entity type is an interface (an {@code @interfaceObject} or an interface with a key), the concrete types.
     */
    public Set<String> accepts() {
        return accepts;
    }

    /** The parent's fields the representations carry beside the key (a {@code @requires}), or null. */
    public SelectionSet requires() {
        return requires;
    }

    /** A root fetch's whole query, or an entity fetch's inline fragment on {@link #entityType()}. */
    public String selectionText() {
        return selectionText;
    }

    public Set<String> variables() {
        return variables;
    }

    /**
     * What the entity fetches below this one cost, at all levels: a request each, and less the fewer fields travel
     * through them (where two ways take as many requests, the one that fetches more at once wins).
     */
    int entityFetchCost() {
        return children.values().stream().mapToInt(child -> 1000 + child.selections.fieldCount() + child.entityFetchCost()).sum();
    }

    public List<Fetch> children() {
        return new ArrayList<>(children.values());
    }

    @Override
    public String toString() {
        return subgraph + (entityType == null ? "" : " " + entityType + " at " + String.join(".", path)) + ": " + selectionText;
    }
}
