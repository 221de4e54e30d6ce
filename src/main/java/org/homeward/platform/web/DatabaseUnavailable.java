package org.homeward.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database could not be reached or did not answer in time: the service
 * is unavailable (503), not broken by the request (500).
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /**
     * Causes, suppressed failures and a failed rollback's original failure all count: when the connection is
     * lost mid-transaction, the rollback fails too ("Connection is closed", with no SQL state), and Spring
     * reports that, keeping the lost connection only as the application exception.
     */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean causedBy(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (unavailable(t)) {
            return true;
        }
        if (t instanceof TransactionSystemException rollback && causedBy(rollback.getApplicationException(), seen)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (causedBy(suppressed, seen)) {
                return true;
            }
        }
        return causedBy(t.getCause(), seen);
    }

    private static boolean unavailable(Throwable t) {
        if (t instanceof DataAccessResourceFailureException || t instanceof QueryTimeoutException
                || t instanceof TransientDataAccessResourceException || t instanceof RecoverableDataAccessException
                || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
            return true;
        }
        return t instanceof SQLException sql && sql.getSQLState() != null && unavailable(sql.getSQLState());
    }

    /** Connection exceptions (08), a cancelled statement (57014) and a server shutting down (57P0x). */
    private static boolean unavailable(String state) {
        return state.startsWith("08") || state.equals("57014") || state.startsWith("57P0");
    }
}
