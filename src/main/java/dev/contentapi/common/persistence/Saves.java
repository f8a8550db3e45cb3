package dev.contentapi.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.error.ProblemType;

/**
 * Writes a change now, inside its transaction, so that what the database refuses is answered as a problem rather
 * than logged at commit: a lost race (412), a slug another item took meanwhile (409), a row still referred to (409).
 */
public final class Saves {

    private Saves() {
    }

    /** @param kind the item's table and name in messages: {@code article}, {@code person}, {@code film}, … */
    public static void flush(EntityManager em, String kind) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "Another change to this " + kind + " was saved first. Read it again and redo your change on it.");
        } catch (PersistenceException e) {
            if (String.valueOf(e.getCause()).contains(kind + "_slug_key")) {
                throw ProblemException.conflict("Another " + kind + " already has this slug.", "/slug");
            }
            if (ForeignKeys.violated(e)) {
                throw new ProblemException(ProblemType.CONFLICT,
                        "This " + kind + " cannot be deleted while other content refers to it. Change that first.");
            }
            throw e;
        }
    }
}
