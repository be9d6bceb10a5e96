package id.go.tangerangkota.mpp.hub.audit;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * An entry could not be made durable (the database is down, or the writer is behind or stopped). A
 * storage outage to the rest of the hub: a counter call that meets it is answered 503
 * storage-unavailable.
 */
public class AuditUnavailableException extends DataAccessResourceFailureException {

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
