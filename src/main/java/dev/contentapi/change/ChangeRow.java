package dev.contentapi.change;

import java.time.Instant;

/** One row of {@code change_event}: a change, with whether the public could read the item before and after it. */
record ChangeRow(long seq, ChangeType type, long itemId, String slug, String previousSlug, String articleSlug,
        String operation, String status, long version, boolean publicBefore, boolean publicAfter, Instant time) {
}
