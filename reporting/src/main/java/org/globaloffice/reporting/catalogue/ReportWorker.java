package org.globaloffice.reporting.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.globaloffice.platform.security.Role;

/**
 * Makes a report asked for in the background, so that the request that asked can answer at once with its ticket.
 * An EJB asynchronous method, because the EJB and CDI specifications promise what a report needs there: the
 * caller's identity travels with the invocation, and a request context of its own is active while it runs (the
 * caller's scoping and masking, never those of whoever ran on that thread before). The outcome is settled on the
 * ticket (made, failed, or refused when it could not get in within the retry's limit). No transaction of its own:
 * waiting for a turn must not hold one open, and the report is made and archived in the transaction of
 * {@link Reports#make}, committed before the ticket says "made".
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
public class ReportWorker {

    @Inject
    ReportMaker maker;

    @Inject
    ReportQueue queue;

    @Asynchronous
    public void make(ReportTicket ticket) {
        try {
            maker.make(ticket);
        } catch (RuntimeException e) {
            queue.settle(ticket, null, e);
        }
    }
}
