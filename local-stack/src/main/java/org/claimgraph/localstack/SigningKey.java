package org.claimgraph.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * The token issuer of the run command and the tests: an RSA key pair kept in a directory (generated on first use, the
 * same afterwards), tokens signed with it, and the settings that make the services trust its public key. A deployment
 * uses a real issuer instead (README, "Access control").
 */
public final class SigningKey {

    /** The {@code iss} of every token signed here; the services require it. */
    public static final String ISSUER = "https://claimgraph.local/issuer";

    private final RSAPrivateCrtKey privateKey;
    private final Path publicKeyFile;

    private SigningKey(RSAPrivateCrtKey privateKey, Path publicKeyFile) {
        this.privateKey = privateKey;
        this.publicKeyFile = publicKeyFile;
    }

    /**
     * The key kept in {@code directory} ({@code private-key.pem}, and {@code public-key.pem} for the services), created
     * when missing. Safe when several class loaders or processes ask at once: the first key written wins.
     */
    public static SigningKey loadOrCreate(Path directory) {
        try {
            Files.createDirectories(directory);
            Path privateFile = directory.resolve("private-key.pem");
            if (!Files.exists(privateFile)) {
                Path written = Files.createTempFile(directory, "private-key", ".tmp");
                Files.writeString(written, pem("PRIVATE KEY", generate().getEncoded()));
                try {
                    Files.move(written, privateFile, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException another) {
                    Files.deleteIfExists(written);
                }
            }
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(unpem(Files.readString(privateFile))));
            Path publicFile = directory.resolve("public-key.pem");
            String publicPem = pem("PUBLIC KEY", publicKeyOf(privateKey).getEncoded());
            if (!Files.exists(publicFile) || !Files.readString(publicFile).equals(publicPem)) {
                Path written = Files.createTempFile(directory, "public-key", ".tmp");
                Files.writeString(written, publicPem);
                Files.move(written, publicFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new SigningKey(privateKey, publicFile.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("the signing key in " + directory + " could not be read or written", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key in " + directory + " is not an RSA private key", e);
        }
    }

    /** A key nobody trusts, kept nowhere: for tests of wrongly signed tokens. */
    public static SigningKey untrusted() {
        return new SigningKey(generate(), null);
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** A signed token for {@code subject} with these roles (the {@code groups} claim), valid for {@code lifetime} (negative: already expired). */
    public String mint(String subject, Duration lifetime, String... roles) {
        JwtClaims claims = new JwtClaims();
        Instant now = Instant.now();
        Instant expires = now.plus(lifetime);
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds((expires.isBefore(now) ? expires.minus(Duration.ofMinutes(5)) : now).getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expires.getEpochSecond()));
        claims.setStringListClaim("groups", List.of(roles));
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(privateKey);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("the token could not be signed", e);
        }
    }

    /** Environment variables that make a service trust this key. */
    public Map<String, String> environment() {
        return Map.of("JWT_PUBLIC_KEY_LOCATION", publicKeyFile.toUri().toString(), "JWT_ISSUER", ISSUER);
    }

    /** The same, as configuration properties, for services under test in this JVM. */
    public Map<String, String> quarkusConfig() {
        return Map.of("mp.jwt.verify.publickey.location", publicKeyFile.toUri().toString(), "mp.jwt.verify.issuer", ISSUER);
    }

    private static RSAPrivateCrtKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no RSA key generator", e);
        }
    }

    private static RSAPublicKey publicKeyOf(RSAPrivateCrtKey key) throws GeneralSecurityException {
        BigInteger modulus = key.getModulus();
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, key.getPublicExponent()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
    }
}
