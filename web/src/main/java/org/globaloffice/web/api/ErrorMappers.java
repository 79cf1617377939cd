package org.globaloffice.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.globaloffice.platform.error.ConcurrentEditException;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.web.api.Representations.ErrorJson;

/** Answers failures as a status and a short JSON body; never a stack trace. */
final class ErrorMappers {

    private ErrorMappers() {
    }

    static Response answer(int status, String error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorJson(status, error)).build();
    }

    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
        @Override
        public Response toResponse(RecordNotFoundException e) {
            return answer(404, "not found");
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return answer(403, "forbidden");
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConcurrentEditException> {
        @Override
        public Response toResponse(ConcurrentEditException e) {
            return answer(409, "changed meanwhile by " + e.getChangedBy() + " at " + e.getChangedAt());
        }
    }

    @Provider
    public static class Duplicate implements ExceptionMapper<DuplicateValueException> {
        @Override
        public Response toResponse(DuplicateValueException e) {
            return answer(409, e.getField() + " already taken");
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<RuleViolationException> {
        @Override
        public Response toResponse(RuleViolationException e) {
            return answer(422, e.getMessageKey());
        }
    }

    @Provider
    public static class BadRequest implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return answer(400, e.getMessage());
        }
    }

    @Provider
    public static class BadDate implements ExceptionMapper<java.time.format.DateTimeParseException> {
        @Override
        public Response toResponse(java.time.format.DateTimeParseException e) {
            return answer(400, "dates are written YYYY-MM-DD");
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof WebApplicationException web) {
                return answer(web.getResponse().getStatus(), web.getResponse().getStatusInfo().getReasonPhrase());
            }
            Throwable cause = e;
            while (cause.getCause() != null && cause != cause.getCause()) {
                cause = cause.getCause();
                if (cause instanceof RecordNotFoundException) {
                    return answer(404, "not found");
                }
                if (cause instanceof EJBAccessException) {
                    return answer(403, "forbidden");
                }
            }
            LOG.log(Level.SEVERE, "Unexpected failure of an API call", e);
            return answer(500, "internal error");
        }
    }
}
