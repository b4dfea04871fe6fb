package dev.orbita.platform.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The throttle keys of a sign-in attempt: {@code user:<username>} as the user would be looked up
 * (trimmed, lower case), whether or not such a user exists, and {@code addr:<client address>}, an
 * IPv6 client counted by its /64 network (one subscriber usually has a whole /64).
 */
final class ThrottleKeys {

    /** Longer names cannot be a username (UserManagement allows 100 characters); they are hashed. */
    private static final int MAX_USERNAME = 100;
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]*");

    private ThrottleKeys() {
    }

    static String user(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "user:" + (name.length() <= MAX_USERNAME ? name : "#" + sha256(name));
    }

    /** The key of a client address ({@code request.getRemoteAddr()}), or null when there is none. */
    static String address(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return null;
        }
        String address = remoteAddress.trim();
        int zone = address.indexOf('%');
        String literal = zone < 0 ? address : address.substring(0, zone);
        if (literal.indexOf(':') >= 0 && IPV6.matcher(literal).matches()) {
            try {
                // an IPv6 literal is parsed, never looked up
                InetAddress parsed = InetAddress.getByName(literal);
                if (parsed instanceof Inet6Address) {
                    byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
                    Arrays.fill(network, 8, 16, (byte) 0);
                    return "addr:" + InetAddress.getByAddress(network).getHostAddress() + "/64";
                }
                return "addr:" + parsed.getHostAddress();
            } catch (UnknownHostException e) {
                // not an address after all: counted as given
            }
        }
        return "addr:" + (address.length() <= MAX_USERNAME ? address : "#" + sha256(address));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
