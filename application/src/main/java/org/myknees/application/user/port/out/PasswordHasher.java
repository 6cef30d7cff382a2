package org.myknees.application.user.port.out;

/**
 * Turns passwords into slow, salted hashes and checks them. Implementations choose the algorithm and encode
 * its parameters in the hash, so that stored hashes stay checkable when the parameters change.
 */
public interface PasswordHasher {

    String hash(String password);

    /** Whether the password produces this hash; false (never an exception) for a hash it cannot read. */
    boolean matches(String password, String encodedHash);
}
