package org.claimgraph.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The gateway's rules for settings the federated test stack does not run with (no network). */
class AccessRulesTest {

    static SecurityConfig settings(boolean anonymousReads, boolean introspection, String secret) {
        return new SecurityConfig() {
            @Override
            public boolean anonymousReads() {
                return anonymousReads;
            }

            @Override
            public Optional<String> subgraphSecret() {
                return Optional.ofNullable(secret);
            }

            @Override
            public boolean introspection() {
                return introspection;
            }

            @Override
            public boolean graphiql() {
                return introspection;
            }
        };
    }

    static final Access.Caller ANONYMOUS = new Access.Caller(null, null);
    static final Access.Caller READER = new Access.Caller("Bearer r", Set.of("reader"));
    static final Access.Caller EDITOR = new Access.Caller("Bearer e", Set.of("editor"));
    static final Access.Caller NO_ROLE = new Access.Caller("Bearer n", Set.of());

    @Test
    void withoutAnonymousReadsQueriesNeedAReader() {
        Access access = new Access(null, settings(false, true, null));
        assertThat(access.authorize(ANONYMOUS, "{ claims { nodes { id } } }", null))
                .isEqualTo(new Access.Refusal(401, "UNAUTHENTICATED", "Queries and exports require a bearer token with the role reader", "reader"));
        assertThat(access.authorize(NO_ROLE, "{ claims { nodes { id } } }", null).status()).isEqualTo(403);
        assertThat(access.authorize(READER, "{ claims { nodes { id } } }", null)).isNull();
        assertThat(access.authorize(EDITOR, "{ claims { nodes { id } } }", null)).isNull();
        assertThat(access.authorizeRead(ANONYMOUS).status()).isEqualTo(401);
    }

    @Test
    void withAnonymousReadsOnlyMutationsNeedATokenAndAtLeastAnEditor() {
        Access access = new Access(null, settings(true, true, null));
        assertThat(access.authorize(ANONYMOUS, "{ claims { nodes { id } } }", null)).isNull();
        assertThat(access.authorize(ANONYMOUS, "mutation { recordClaim { id } }", null).status()).isEqualTo(401);
        assertThat(access.authorize(READER, "mutation { recordClaim { id } }", null).requiredRole()).isEqualTo("editor");
        assertThat(access.authorize(EDITOR, "mutation { recordClaim { id } }", null)).isNull();
        // the operation named is the one judged
        assertThat(access.authorize(READER, "query Read { claims { nodes { id } } } mutation Write { recordClaim { id } }", "Write").status())
                .isEqualTo(403);
        assertThat(access.authorize(READER, "query Read { claims { nodes { id } } } mutation Write { recordClaim { id } }", "Read")).isNull();
    }

    @Test
    void introspectionCanBeTurnedOff() {
        assertThat(new Access(null, settings(true, false, null)).authorize(ANONYMOUS, "{ __schema { types { name } } }", null).code())
                .isEqualTo("INTROSPECTION_DISABLED");
        assertThat(new Access(null, settings(true, false, null)).authorize(ANONYMOUS, "{ ...F } fragment F on Query { __type(name: \"Claim\") { name } }", null)
                .code()).isEqualTo("INTROSPECTION_DISABLED");
        assertThat(new Access(null, settings(true, false, null)).authorize(ANONYMOUS, "{ __typename }", null)).isNull();
        assertThat(new Access(null, settings(true, true, null)).authorize(ANONYMOUS, "{ __schema { types { name } } }", null)).isNull();
    }

    @Test
    void theCallersTokenAndTheSecretGoToTheSubgraphs() {
        assertThat(new Access(null, settings(true, true, "s3cret")).subgraphHeaders(EDITOR))
                .containsEntry("Authorization", "Bearer e").containsEntry(Access.SUBGRAPH_SECRET_HEADER, "s3cret");
        assertThat(new Access(null, settings(true, true, null)).subgraphHeaders(ANONYMOUS)).isEmpty();
    }
}
