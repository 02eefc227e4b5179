package dev.blog.adapter.in.web;

import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.shared.Position;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cursors of keyset pages: a position in a list, signed together with the list and its filter values,
 * so that a client can neither forge a position nor carry a cursor over to another list or other filters.
 * The signature is an HMAC under a key every instance shares (derived from the service secret), so a cursor
 * issued by one instance works on every other.
 */
public final class Cursors {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SIGNATURE_BYTES = 16;
    private static final int MAX_CURSOR_LENGTH = 512;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,400}\\.[A-Za-z0-9_-]{22}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public Cursors(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a cursor key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /**
     * The cursors of one list with its filter values.
     *
     * @param list   names the list, for example {@code posts} or {@code users/7/posts}
     * @param filter the list's filter values in one canonical form, for example {@code tag=java&published=true}
     */
    public Scope of(String list, String filter) {
        return new Scope(list + "?" + filter);
    }

    /** The cursors of one list with one set of filter values. */
    public final class Scope {

        private final String binding;

        private Scope(String binding) {
            this.binding = binding;
        }

        /**
         * The page a request asks for: by {@code offset} (0 when absent) or after the position in
         * {@code cursor}; both at once are a 400, as is a cursor that was not issued for this list and filter.
         */
        public PageRequest pageRequest(PageParameters page) {
            if (page.cursor() == null) {
                return new PageRequest(page.offset() == null ? 0 : page.offset(), page.limit());
            }
            if (page.offset() != null) {
                throw new InvalidValueException("cursor", "cannot be combined with offset");
            }
            return PageRequest.after(decode(page.cursor()), page.limit());
        }

        /** The cursor of the page after one that ended at {@code next}, or null on the last page. */
        public String encode(Optional<Position> next) {
            return next.map(position -> {
                byte[] payload = serialize(position).getBytes(StandardCharsets.UTF_8);
                return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
            }).orElse(null);
        }

        private Position decode(String cursor) {
            if (cursor.length() > MAX_CURSOR_LENGTH || !SHAPE.matcher(cursor).matches()) {
                throw notACursor();
            }
            int dot = cursor.indexOf('.');
            byte[] payload;
            byte[] signature;
            try {
                payload = DECODER.decode(cursor.substring(0, dot));
                signature = DECODER.decode(cursor.substring(dot + 1));
            } catch (IllegalArgumentException notBase64) {
                throw notACursor();
            }
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                throw notACursor();
            }
            return deserialize(new String(payload, StandardCharsets.UTF_8));
        }

        private byte[] sign(byte[] payload) {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(key);
                mac.update(binding.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
                return Arrays.copyOf(mac.doFinal(payload), SIGNATURE_BYTES);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
        }
    }

    private static String serialize(Position position) {
        if (position instanceof Position.AfterTime time) {
            return "t:" + timeAndId(time.createdAt(), time.id());
        }
        if (position instanceof Position.AfterTimeOldestFirst time) {
            return "o:" + timeAndId(time.createdAt(), time.id());
        }
        return "n:" + ((Position.AfterName) position).name();
    }

    private static String timeAndId(Instant createdAt, long id) {
        return createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + id;
    }

    // Only ever given payloads this class signed, so a malformed one is a bug, not a client error.
    private static Position deserialize(String payload) {
        if (payload.startsWith("n:")) {
            return new Position.AfterName(payload.substring(2));
        }
        String[] parts = payload.split(":");
        if (parts.length != 4 || !parts[0].equals("t") && !parts[0].equals("o")) {
            throw new IllegalStateException("a signed cursor that is no position: " + payload);
        }
        Instant createdAt = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        long id = Long.parseLong(parts[3]);
        return parts[0].equals("t") ? new Position.AfterTime(createdAt, id)
                : new Position.AfterTimeOldestFirst(createdAt, id);
    }

    private static InvalidValueException notACursor() {
        return new InvalidValueException("cursor",
                "is not a cursor of this list with these filters: use the nextCursor of a page of the same list, "
                        + "with the same filter parameters");
    }
}
