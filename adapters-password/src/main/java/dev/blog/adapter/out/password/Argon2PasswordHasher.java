package dev.blog.adapter.out.password;

import io.micronaut.context.annotation.Value;
import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.port.PasswordHasher;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/**
 * Argon2id, the algorithm OWASP recommends first, with its suggested minimum cost (19 MiB, 2 passes, one
 * lane). Unlike bcrypt it reads the whole password, so the contract's 128 characters all count. Hashes are
 * PHC strings that carry their own parameters, so raising the cost later keeps old hashes verifiable.
 *
 * <p>At most one hash per core is computed at a time: each takes 19 MiB of heap and a core, so more at
 * once only add memory (32 concurrent registrations would need 608 MiB and ran a 256 MiB heap out of
 * memory under load) and finish no sooner. At most {@code blog.password.max-waiting} more wait their turn
 * (default 16); beyond that a request is answered 503 at once instead of holding a thread in a queue.
 * The hashes run on threads of their own ({@link HashingPool} says why).
 */
@Singleton
final class Argon2PasswordHasher implements PasswordHasher {

    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int HASH_LENGTH = 32;
    private static final int SALT_LENGTH = 16;

    private final Argon2Function argon2 = Argon2Function.getInstance(
            MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_LENGTH, Argon2.ID, Argon2Function.ARGON2_VERSION_13);

    private final HashingPool cores;

    Argon2PasswordHasher(@Value("${blog.password.max-waiting:16}") int maxWaiting) {
        this.cores = new HashingPool(Runtime.getRuntime().availableProcessors(), maxWaiting);
    }

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(oneCoreEach(() -> com.password4j.Password.hash(password.value())
                .addRandomSalt(SALT_LENGTH)
                .with(argon2)
                .getResult()));
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        return oneCoreEach(() -> com.password4j.Password.check(password.value(), hash.value())
                .with(Argon2Function.getInstanceFromHash(hash.value())));
    }

    private <T> T oneCoreEach(Supplier<T> hashing) {
        return cores.run(hashing);
    }
}
