package org.globaloffice.faculty.control;

import java.time.LocalDate;
import java.util.Objects;
import org.globaloffice.platform.error.RuleViolationException;

/**
 * The approval of an outbound visit (出访, shared/domain.md, "Faculty internationalization"): the applicant submits,
 * a leader of their school approves, then the office; after the trip the traveller files a return report and the
 * school adds its evaluation and feedback.
 *
 * <pre>
 * DRAFT ─submit→ SUBMITTED ─approve (school leader)→ SCHOOL_APPROVED ─approve (office)→ APPROVED
 *   ─file report (traveller)→ REPORT_FILED ─evaluate (school leader)→ EVALUATED
 * SUBMITTED, SCHOOL_APPROVED ─return with a comment→ RETURNED ─submit→ SUBMITTED (the school approves again)
 * DRAFT, SUBMITTED, SCHOOL_APPROVED, RETURNED, APPROVED ─withdraw (applicant)→ WITHDRAWN
 * </pre>
 *
 * Refusals, each a {@link RuleViolationException}:
 * <ul>
 * <li>an action the state does not take ({@code visit.action.notAllowed}: action, state);</li>
 * <li>a step taken by the wrong role, which is how a step cannot be skipped: the office cannot approve what the
 * school has not ({@code visit.awaiting}: the role awaited);</li>
 * <li>the applicant's own actions (submit, withdraw, file the report) taken by someone else
 * ({@code visit.applicantOnly});</li>
 * <li>a leader or officer approving, returning or evaluating their own trip ({@code visit.ownTrip}: the role
 * another member of which must act instead). A travelling dean is approved by another leader of the school, a
 * travelling officer by a colleague of the office: the same role, never the traveller, and never a step
 * skipped;</li>
 * <li>a return, or an evaluation, without a comment ({@code visit.comment.required}, field {@code comment}): the
 * applicant must learn what to change, the traveller what the school thought.</li>
 * </ul>
 * Once approved, a visit can no longer be returned (the trip may be under way); the applicant may still withdraw it
 * until the report is filed, as when a trip is cancelled.
 */
public final class VisitApproval {

    public enum State {
        DRAFT, SUBMITTED, SCHOOL_APPROVED, APPROVED, REPORT_FILED, EVALUATED, RETURNED, WITHDRAWN
    }

    public enum Action {
        SUBMIT, APPROVE, RETURN, WITHDRAW, FILE_REPORT, EVALUATE
    }

    /**
     * The role an actor approves in. The applicant's own steps are checked by username, not role: a dean or an
     * officer applies for their own trip like any teacher.
     */
    public enum Role {
        APPLICANT, SCHOOL_LEADER, OFFICE
    }

    /** Who acts: their username and the role they act in. */
    public record Actor(String username, Role role) {

        public Actor {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(role, "role");
        }
    }

    private VisitApproval() {
    }

    /**
     * The state after {@code actor} takes {@code action} on a visit of {@code applicant} (a username) in
     * {@code state}; {@code comment} is required to return or evaluate, ignored otherwise.
     */
    public static State next(State state, Action action, Actor actor, String applicant, String comment) {
        Objects.requireNonNull(applicant, "applicant");
        boolean own = applicant.equals(actor.username());
        return switch (action) {
            case SUBMIT -> {
                allowedIn(state, action, State.DRAFT, State.RETURNED);
                applicantOnly(own);
                yield State.SUBMITTED;
            }
            case WITHDRAW -> {
                allowedIn(state, action, State.DRAFT, State.SUBMITTED, State.SCHOOL_APPROVED, State.RETURNED,
                        State.APPROVED);
                applicantOnly(own);
                yield State.WITHDRAWN;
            }
            case FILE_REPORT -> {
                allowedIn(state, action, State.APPROVED);
                applicantOnly(own);
                yield State.REPORT_FILED;
            }
            case APPROVE -> {
                allowedIn(state, action, State.SUBMITTED, State.SCHOOL_APPROVED);
                Role awaited = state == State.SUBMITTED ? Role.SCHOOL_LEADER : Role.OFFICE;
                byAnother(awaited, actor, own);
                yield state == State.SUBMITTED ? State.SCHOOL_APPROVED : State.APPROVED;
            }
            case RETURN -> {
                allowedIn(state, action, State.SUBMITTED, State.SCHOOL_APPROVED);
                byAnother(state == State.SUBMITTED ? Role.SCHOOL_LEADER : Role.OFFICE, actor, own);
                commentRequired(comment);
                yield State.RETURNED;
            }
            case EVALUATE -> {
                allowedIn(state, action, State.REPORT_FILED);
                byAnother(Role.SCHOOL_LEADER, actor, own);
                commentRequired(comment);
                yield State.EVALUATED;
            }
        };
    }

    /** The last day to file the return report: {@code days} after the trip's last day. */
    public static LocalDate reportDueOn(LocalDate tripEndsOn, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("report days: " + days);
        }
        return tripEndsOn.plusDays(days);
    }

    /**
     * Whether the return report is late on {@code today}: with 15 days and a trip ending 1 March, it is due up to
     * and including 16 March, overdue from 17 March.
     */
    public static boolean isReportOverdue(LocalDate tripEndsOn, LocalDate today, int days) {
        return today.isAfter(reportDueOn(tripEndsOn, days));
    }

    /** Only an approved visit awaits its report: one already filed, or withdrawn, is never overdue. */
    public static boolean isReportOverdue(State state, LocalDate tripEndsOn, LocalDate today, int days) {
        return state == State.APPROVED && isReportOverdue(tripEndsOn, today, days);
    }

    private static void allowedIn(State state, Action action, State... states) {
        for (State allowed : states) {
            if (allowed == state) {
                return;
            }
        }
        throw new RuleViolationException(null, "visit.action.notAllowed", action, state);
    }

    private static void applicantOnly(boolean own) {
        if (!own) {
            throw new RuleViolationException(null, "visit.applicantOnly");
        }
    }

    private static void byAnother(Role awaited, Actor actor, boolean own) {
        if (actor.role() != awaited) {
            throw new RuleViolationException(null, "visit.awaiting", awaited);
        }
        if (own) {
            throw new RuleViolationException(null, "visit.ownTrip", awaited);
        }
    }

    private static void commentRequired(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("comment", "visit.comment.required");
        }
    }
}
