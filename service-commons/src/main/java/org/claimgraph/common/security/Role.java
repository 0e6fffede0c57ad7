package org.claimgraph.common.security;

import java.util.Locale;
import java.util.Set;

/**
 * The roles a bearer token's groups claim can carry, each including the ones before it: an {@code admin} may do all an
 * {@code editor} may, an {@code editor} all a {@code reader} may.
 */
public enum Role {
    /** Queries (allowed without a token unless {@code claimgraph.security.anonymous-reads=false}). */
    READER,
    /** Ingesting articles, recording claims and documents, resolving claimant names. */
    EDITOR,
    /** Curating the source registry: creating sources, adding aliases. */
    ADMIN;

    /** The name as it appears in tokens and errors: {@code reader}, {@code editor}, {@code admin}. */
    public String claimName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a token with these groups holds this role (directly or through a higher one). */
    public boolean heldBy(Set<String> groups) {
        for (Role role : values()) {
            if (role.ordinal() >= ordinal() && groups.contains(role.claimName())) {
                return true;
            }
        }
        return false;
    }

    public static Role of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
