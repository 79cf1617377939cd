package org.globaloffice.foreignteacher.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a date that ends something (an expiry, a deadline) needs attention: {@link Urgency#OVERDUE} once it has
 * passed, {@link Urgency#DUE_SOON} from {@code leadDays} days before it up to and including the day itself. The
 * lead time is a setting (default 60 days).
 */
public record ExpiryWatch(int leadDays) {

    public enum Urgency {
        DUE_SOON, OVERDUE
    }

    public ExpiryWatch {
        if (leadDays < 0) {
            throw new IllegalArgumentException("leadDays must not be negative");
        }
    }

    public Optional<Urgency> urgency(LocalDate ends, LocalDate today) {
        if (ends == null) {
            return Optional.empty();
        }
        if (ends.isBefore(today)) {
            return Optional.of(Urgency.OVERDUE);
        }
        if (!ends.isAfter(today.plusDays(leadDays))) {
            return Optional.of(Urgency.DUE_SOON);
        }
        return Optional.empty();
    }
}
