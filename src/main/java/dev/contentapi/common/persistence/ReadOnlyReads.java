package dev.contentapi.common.persistence;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Reads that change nothing: outside a transaction (a GET), what the session loads from here on is read-only, so
 * Hibernate keeps no snapshot of it for dirty checking (a copy of every loaded value, JSON columns serialised and
 * parsed again). Inside a transaction it does nothing: a write's session must see its changes.
 */
public final class ReadOnlyReads {

    private ReadOnlyReads() {
    }

    public static void begin(EntityManager em) {
        if (!em.isJoinedToTransaction()) {
            em.unwrap(Session.class).setDefaultReadOnly(true);
        }
    }
}
