package org.claimgraph.localstack.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.claimgraph.localstack.SigningKey;

/**
 * Bearer tokens for tests, signed with a key kept in the module's {@code target/test-signing-key}: every service under
 * test (in this JVM or started as a process by a test resource) is configured to trust it ({@link #quarkusConfig()},
 * {@link #environment()}).
 */
public final class TestTokens {

    private static final Duration LIFETIME = Duration.ofHours(2);

    private TestTokens() {
    }

    public static SigningKey key() {
        return SigningKey.loadOrCreate(Path.of("target", "test-signing-key").toAbsolutePath());
    }

    /** {@code Authorization} header values. */
    public static String reader() {
        return bearer(key().mint("test-reader", LIFETIME, "reader"));
    }

    public static String editor() {
        return bearer(key().mint("test-editor", LIFETIME, "editor"));
    }

    public static String admin() {
        return bearer(key().mint("test-admin", LIFETIME, "admin"));
    }

    /** A valid token that carries none of claimgraph's roles. */
    public static String withoutRoles() {
        return bearer(key().mint("test-nobody", LIFETIME));
    }

    /** Signed by the trusted key, but expired ten minutes ago (beyond the verifier's clock skew). */
    public static String expiredEditor() {
        return bearer(key().mint("test-editor", Duration.ofMinutes(-10), "editor"));
    }

    /** An editor token signed by a key no service trusts. */
    public static String wronglySignedEditor() {
        return bearer(SigningKey.untrusted().mint("test-editor", LIFETIME, "editor"));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Configuration that makes a service under test trust the test key. */
    public static Map<String, String> quarkusConfig() {
        return new HashMap<>(key().quarkusConfig());
    }

    /** The same, as environment variables for service processes. */
    public static Map<String, String> environment() {
        return new HashMap<>(key().environment());
    }
}
