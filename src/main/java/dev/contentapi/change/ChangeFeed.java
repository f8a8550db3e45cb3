package dev.contentapi.change;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.error.ProblemType;
import dev.contentapi.common.query.Cursor;
import dev.contentapi.common.query.CursorCodec;

/**
 * The change feed: pages of events after a cursor, for one audience. A cursor is a place in the feed (signed, so
 * opaque and tamper-evident, like the lists' cursors); the same cursor serves every audience and filter, and it is
 * also the {@code id} of the event on the stream.
 */
@ApplicationScoped
public class ChangeFeed {

    /** The {@code after} value that stands for the feed as it is now: where a client starts when it (re)reads all. */
    public static final String LATEST = "latest";
    public static final String AFTER = "after";

    private static final String SORT = "changes";

    private final ChangeRepository repository;
    private final CursorCodec cursors;
    private final Duration retention;

    ChangeFeed(ChangeRepository repository, CursorCodec cursors, ChangesConfig config) {
        this.repository = repository;
        this.cursors = cursors;
        this.retention = config.retention();
    }

    /** Where a client asks to read from: after a position, or (null) from the oldest event kept. */
    record Start(Long position, boolean latest) {

        static final Start OLDEST = new Start(null, false);
    }

    /** Reads {@code after} (or {@code Last-Event-ID}, named by {@code parameter}): a cursor, {@code latest}, or absent. */
    Start start(String text, String parameter) {
        if (text == null) {
            return Start.OLDEST;
        }
        if (LATEST.equals(text)) {
            return new Start(null, true);
        }
        return new Start(position(text, parameter), false);
    }

    /** A page of the events after {@code start} that the audience sees, of these types. */
    ChangePage page(Audience audience, Set<ChangeType> types, Start start, int size) {
        if (start.latest()) {
            return new ChangePage(List.of(), new ChangePage.Meta(size, cursor(repository.bounds().head()), false));
        }
        long from = start.position() == null ? 0 : start.position();
        ChangeRepository.Slice slice = repository.after(from, types, audience.everything(), size + 1);
        if (start.position() != null) {
            requireKept(start.position(), slice.bounds());
        }
        List<ChangeRow> rows = slice.rows();
        boolean more = rows.size() > size;
        List<ChangeRow> shown = more ? rows.subList(0, size) : rows;
        long next = more ? shown.get(size - 1).seq() : Math.max(from, slice.bounds().head());
        return new ChangePage(shown.stream().map(row -> audience.show(row, cursor(row.seq()))).toList(),
                new ChangePage.Meta(size, cursor(next), more));
    }

    /** The position to stream from: a cursor's (checked against retention), or, without one, the feed as it is now. */
    long streamPosition(Start start) {
        ChangeRepository.Bounds bounds = repository.bounds();
        if (start.position() == null) {
            return bounds.head();
        }
        requireKept(start.position(), bounds);
        return start.position();
    }

    /** Refuses a position whose following events retention has deleted: the client would miss them. */
    void requireKept(long position, ChangeRepository.Bounds bounds) {
        if (position < bounds.purgedThrough()) {
            throw new ProblemException(ProblemType.CHANGES_EXPIRED, "This cursor points before the oldest change "
                    + "still kept (changes are kept for " + describe(retention) + "), so the changes after it can no longer be "
                    + "told. Resynchronise: take a new cursor from " + ChangeResource.PATH + "?after=" + LATEST
                    + ", read the lists again, then follow the changes after that cursor.");
        }
    }

    /** A retention as people say it: "30 days", "12 hours", or ISO-8601 when neither is whole. */
    private static String describe(Duration duration) {
        if (duration.toHours() % 24 == 0 && duration.toDaysPart() > 0 && duration.toSecondsPart() == 0
                && duration.toNanosPart() == 0 && duration.toMinutesPart() == 0) {
            return duration.toDays() + (duration.toDays() == 1 ? " day" : " days");
        }
        if (duration.toSecondsPart() == 0 && duration.toNanosPart() == 0 && duration.toMinutesPart() == 0) {
            return duration.toHours() + (duration.toHours() == 1 ? " hour" : " hours");
        }
        return duration.toString();
    }

    String cursor(long position) {
        return cursors.encode(new Cursor(SORT, "", List.of(Long.toString(position))));
    }

    private long position(String text, String parameter) {
        try {
            Cursor cursor = cursors.decode(text);
            if (SORT.equals(cursor.sort()) && cursor.after().size() == 1) {
                long position = Long.parseLong(cursor.after().get(0));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (ProblemException | NumberFormatException e) {
            // answered below, naming this parameter
        }
        throw ProblemException.invalidParameter(parameter, "is not a change cursor this API issued, or was altered; "
                + "take one from a change's cursor or meta.nextCursor, or send '" + LATEST + "'");
    }
}
