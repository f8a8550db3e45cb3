package dev.contentapi.common;

/** Where the API lives: every resource path starts here. */
public final class Api {

    public static final String V1 = "/api/v1";

    private Api() {
    }
}
