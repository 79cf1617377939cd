package org.globaloffice.foreignteacher.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.globaloffice.platform.error.RuleViolationException;

/**
 * Filing a document and the deadlines after entry. A health check or a criminal-record certificate issued more than
 * six months before the day it is filed is refused; one issued exactly six months before (same day of the month, or
 * the month's last day when that day does not exist) is still accepted. The work permit is due 15 days after entry,
 * the residence permit 30 days after entry, both counted in calendar days.
 */
public final class DocumentRules {

    public static final Period FRESHNESS = Period.ofMonths(6);

    private DocumentRules() {
    }

    public static void checkFiling(DocumentType type, LocalDate issued, LocalDate expires, LocalDate filedOn) {
        if (issued == null) {
            throw new RuleViolationException("issued", "document.issued.required");
        }
        if (issued.isAfter(filedOn)) {
            throw new RuleViolationException("issued", "document.issued.future");
        }
        if (expires != null && expires.isBefore(issued)) {
            throw new RuleViolationException("expires", "document.expires.beforeIssued");
        }
        LocalDate oldestAccepted = filedOn.minus(FRESHNESS);
        if (type.mustBeRecent() && issued.isBefore(oldestAccepted)) {
            throw new RuleViolationException("issued", "document.issued.tooOld", oldestAccepted);
        }
    }

    /** The day by which the document must have been obtained, for a teacher who entered on {@code entry}. */
    public static Optional<LocalDate> dueAfterEntry(DocumentType type, LocalDate entry) {
        if (entry == null || type.daysAfterEntry().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(entry.plusDays(type.daysAfterEntry().getAsInt()));
    }
}
