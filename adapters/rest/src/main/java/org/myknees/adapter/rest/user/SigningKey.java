package org.myknees.adapter.rest.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * The RSA key that signs access tokens. Taken from configuration (a private JWK in JSON) when given; otherwise
 * read from {@code <data dir>/keys/access-token.jwk}, which is generated (2048 bits, readable by the owner
 * only) on first start, so tokens survive a restart.
 */
public final class SigningKey {

    private final RsaJsonWebKey key;

    private SigningKey(RsaJsonWebKey key) {
        this.key = key;
    }

    /** The configured key if present, else the one kept in the data directory (created when missing). */
    public static SigningKey load(Optional<String> configuredJwk, Path dataDir) {
        try {
            if (configuredJwk.isPresent() && !configuredJwk.get().isBlank()) {
                return new SigningKey(parse(configuredJwk.get()));
            }
            Path file = dataDir.resolve("keys").resolve("access-token.jwk");
            if (Files.exists(file)) {
                return new SigningKey(parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
            return new SigningKey(generate(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the token signing key under " + dataDir, e);
        } catch (JoseException e) {
            throw new IllegalStateException("The token signing key is not an RSA private JWK: " + e.getMessage(), e);
        }
    }

    public RsaJsonWebKey key() {
        return key;
    }

    /** The public half as a JWK Set, for {@code /auth/jwks}. */
    public Map<String, Object> publicJwks() {
        return Map.of("keys", java.util.List.of(key.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
    }

    private static RsaJsonWebKey parse(String json) throws JoseException {
        JsonWebKey jwk = JsonWebKey.Factory.newJwk(json);
        if (!(jwk instanceof RsaJsonWebKey rsa) || rsa.getPrivateKey() == null) {
            throw new JoseException("expected an RSA key with its private part");
        }
        if (rsa.getKeyId() == null) {
            rsa.setKeyId(UUID.nameUUIDFromBytes(rsa.getRsaPublicKey().getEncoded()).toString());
        }
        return rsa;
    }

    private static RsaJsonWebKey generate(Path file) throws JoseException, IOException {
        RsaJsonWebKey rsa = RsaJwkGenerator.generateJwk(2048);
        rsa.setKeyId(UUID.randomUUID().toString());
        rsa.setAlgorithm("RS256");
        rsa.setUse("sig");
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, rsa.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the data directory's own permissions protect the key.
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return rsa;
    }
}
