package dev.contentapi.common.security;

import java.util.Set;

/** The roles a token carries. An admin may also do all that editors and moderators may. */
public final class Roles {

    public static final String EDITOR = "editor";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";
    public static final Set<String> ALL = Set.of(EDITOR, MODERATOR, ADMIN);

    private Roles() {
    }

    /** The roles an identity with this token role holds. */
    public static Set<String> granted(String role) {
        return ADMIN.equals(role) ? ALL : Set.of(role);
    }
}
