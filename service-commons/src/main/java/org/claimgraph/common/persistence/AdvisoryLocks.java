package org.claimgraph.common.persistence;

import java.util.Collection;
import java.util.TreeSet;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * PostgreSQL transaction-scoped advisory locks on string keys: find-or-create of the same key by concurrent
 * transactions runs one after the other, so it creates one row. Keys are locked in sorted order, so two batches
 * never wait on each other in a cycle. {@code namespace} keeps the key spaces of different kinds of row apart.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /** Locks until the current transaction ends. */
    public static Uni<Void> lock(int namespace, Collection<String> keys) {
        String[] sorted = new TreeSet<>(keys).toArray(String[]::new);
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select count(pg_advisory_xact_lock(hashtextextended(k, :namespace))::text)"
                        + " from unnest(cast(:keys as text[])) as k")
                .setParameter("namespace", (long) namespace)
                .setParameter("keys", sorted)
                .getSingleResult())
                .replaceWithVoid();
    }
}
