package dev.contentapi.change;

import java.util.EnumSet;
import java.util.Set;

import dev.contentapi.common.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What a caller sees of the feed. Of the types their role works on they see every change (editors: articles, people
 * and films, drafts included; moderators: comments, pending ones included; admins: all); of the others, only the
 * changes the public sees: those of an item that was public before the change or is public after it. So a draft's
 * edits never reach the public, its publication does, and its unpublication reaches the public as a tombstone.
 *
 * @param everything the types of which the caller sees every change
 */
record Audience(Set<ChangeType> everything) {

    static final Audience PUBLIC = new Audience(EnumSet.noneOf(ChangeType.class));
    static final Audience ALL = new Audience(EnumSet.allOf(ChangeType.class));

    static Audience of(SecurityIdentity identity) {
        Set<ChangeType> types = EnumSet.noneOf(ChangeType.class);
        if (identity.hasRole(Roles.EDITOR)) {
            types.addAll(EnumSet.of(ChangeType.ARTICLE, ChangeType.PERSON, ChangeType.FILM));
        }
        if (identity.hasRole(Roles.MODERATOR)) {
            types.add(ChangeType.COMMENT);
        }
        return new Audience(Set.copyOf(types));
    }

    boolean sees(ChangeRow row) {
        return everything.contains(row.type()) || row.publicBefore() || row.publicAfter();
    }

    /** The change as this caller is told it, at this place in the feed. */
    ChangeEvent show(ChangeRow row, String cursor) {
        boolean all = everything.contains(row.type());
        boolean tombstone = all ? "deleted".equals(row.operation()) : !row.publicAfter();
        return new ChangeEvent(cursor, row.type(), row.itemId(), row.slug(),
                all || row.publicBefore() ? row.previousSlug() : null,
                row.articleSlug(), row.operation(), all ? row.status() : null, row.version(), row.time(), tombstone,
                tombstone ? null : row.type().selfOf(row.itemId(), row.slug()));
    }
}
