package dev.contentapi.common.http;

/** The item asked for lives at another address now: answered 301 with {@code Location}, not as a problem. */
public class MovedException extends RuntimeException {

    private final String location;

    public MovedException(String location) {
        super(location, null, false, false);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
