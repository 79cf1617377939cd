package org.globaloffice.faculty.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globaloffice.faculty.control.VisitApproval.Action.APPROVE;
import static org.globaloffice.faculty.control.VisitApproval.Action.EVALUATE;
import static org.globaloffice.faculty.control.VisitApproval.Action.FILE_REPORT;
import static org.globaloffice.faculty.control.VisitApproval.Action.RETURN;
import static org.globaloffice.faculty.control.VisitApproval.Action.SUBMIT;
import static org.globaloffice.faculty.control.VisitApproval.Action.WITHDRAW;
import static org.globaloffice.faculty.control.VisitApproval.State.APPROVED;
import static org.globaloffice.faculty.control.VisitApproval.State.DRAFT;
import static org.globaloffice.faculty.control.VisitApproval.State.EVALUATED;
import static org.globaloffice.faculty.control.VisitApproval.State.REPORT_FILED;
import static org.globaloffice.faculty.control.VisitApproval.State.RETURNED;
import static org.globaloffice.faculty.control.VisitApproval.State.SCHOOL_APPROVED;
import static org.globaloffice.faculty.control.VisitApproval.State.SUBMITTED;
import static org.globaloffice.faculty.control.VisitApproval.State.WITHDRAWN;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.globaloffice.faculty.control.VisitApproval.Action;
import org.globaloffice.faculty.control.VisitApproval.Actor;
import org.globaloffice.faculty.control.VisitApproval.Role;
import org.globaloffice.faculty.control.VisitApproval.State;
import org.globaloffice.platform.error.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VisitApprovalTest {

    private static final String TRAVELLER = "wang.li";
    private static final Actor APPLICANT = new Actor(TRAVELLER, Role.APPLICANT);
    private static final Actor DEAN = new Actor("zhao.dean", Role.SCHOOL_LEADER);
    private static final Actor OFFICER = new Actor("chen.office", Role.OFFICE);
    private static final Actor COLLEAGUE = new Actor("liu.teacher", Role.APPLICANT);

    private static State next(State state, Action action, Actor actor) {
        return VisitApproval.next(state, action, actor, TRAVELLER, null);
    }

    private static void refused(ThrowingCallable call, String key, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getArguments()).containsExactly(arguments);
        });
    }

    @Test
    void theWholeWayFromDraftToEvaluation() {
        State state = next(DRAFT, SUBMIT, APPLICANT);
        assertThat(state).isEqualTo(SUBMITTED);
        state = next(state, APPROVE, DEAN);
        assertThat(state).isEqualTo(SCHOOL_APPROVED);
        state = next(state, APPROVE, OFFICER);
        assertThat(state).isEqualTo(APPROVED);
        state = next(state, FILE_REPORT, APPLICANT);
        assertThat(state).isEqualTo(REPORT_FILED);
        state = VisitApproval.next(state, EVALUATE, DEAN, TRAVELLER, "Useful contacts; propose a joint course.");
        assertThat(state).isEqualTo(EVALUATED);
    }

    @Test
    void theOfficeCannotApproveBeforeTheSchool() {
        refused(() -> next(SUBMITTED, APPROVE, OFFICER), "visit.awaiting", Role.SCHOOL_LEADER);
        refused(() -> VisitApproval.next(SUBMITTED, RETURN, OFFICER, TRAVELLER, "no"), "visit.awaiting",
                Role.SCHOOL_LEADER);
    }

    @Test
    void theSchoolCannotTakeTheOfficesStep() {
        refused(() -> next(SCHOOL_APPROVED, APPROVE, DEAN), "visit.awaiting", Role.OFFICE);
    }

    @Test
    void nobodyApprovesADraftOrAnApprovedVisitAgain() {
        refused(() -> next(DRAFT, APPROVE, DEAN), "visit.action.notAllowed", APPROVE, DRAFT);
        refused(() -> next(APPROVED, APPROVE, OFFICER), "visit.action.notAllowed", APPROVE, APPROVED);
        refused(() -> next(RETURNED, APPROVE, DEAN), "visit.action.notAllowed", APPROVE, RETURNED);
    }

    @Test
    void theApplicantCannotApproveTheirOwnVisit() {
        refused(() -> next(SUBMITTED, APPROVE, APPLICANT), "visit.awaiting", Role.SCHOOL_LEADER);
    }

    @Test
    void aTravellingLeaderIsApprovedByAnotherLeaderOfTheSchool() {
        Actor travellingDean = new Actor("zhao.dean", Role.SCHOOL_LEADER);
        Actor secretary = new Actor("sun.secretary", Role.SCHOOL_LEADER);

        State submitted = VisitApproval.next(DRAFT, SUBMIT, travellingDean, "zhao.dean", null);
        refused(() -> VisitApproval.next(submitted, APPROVE, travellingDean, "zhao.dean", null), "visit.ownTrip",
                Role.SCHOOL_LEADER);
        refused(() -> VisitApproval.next(submitted, RETURN, travellingDean, "zhao.dean", "fix it"),
                "visit.ownTrip", Role.SCHOOL_LEADER);
        assertThat(VisitApproval.next(submitted, APPROVE, secretary, "zhao.dean", null)).isEqualTo(SCHOOL_APPROVED);
    }

    @Test
    void aTravellingOfficerIsApprovedByAColleagueOfTheOffice() {
        Actor travellingOfficer = new Actor("chen.office", Role.OFFICE);

        refused(() -> VisitApproval.next(SCHOOL_APPROVED, APPROVE, travellingOfficer, "chen.office", null),
                "visit.ownTrip", Role.OFFICE);
        assertThat(VisitApproval.next(SCHOOL_APPROVED, APPROVE, new Actor("he.office", Role.OFFICE), "chen.office",
                null)).isEqualTo(APPROVED);
    }

    @Test
    void nobodyEvaluatesTheirOwnReport() {
        refused(() -> VisitApproval.next(REPORT_FILED, EVALUATE, DEAN, "zhao.dean", "great trip"), "visit.ownTrip",
                Role.SCHOOL_LEADER);
        refused(() -> VisitApproval.next(REPORT_FILED, EVALUATE, OFFICER, TRAVELLER, "fine"), "visit.awaiting",
                Role.SCHOOL_LEADER);
    }

    @Test
    void aReturnNeedsAComment() {
        for (String blank : new String[] {null, "", "   \t\n"}) {
            assertThatThrownBy(() -> VisitApproval.next(SUBMITTED, RETURN, DEAN, TRAVELLER, blank))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.getField()).isEqualTo("comment");
                        assertThat(e.getMessageKey()).isEqualTo("visit.comment.required");
                    });
        }
        assertThat(VisitApproval.next(SUBMITTED, RETURN, DEAN, TRAVELLER, "Add the invitation letter."))
                .isEqualTo(RETURNED);
        assertThat(VisitApproval.next(SCHOOL_APPROVED, RETURN, OFFICER, TRAVELLER, "Budget too high."))
                .isEqualTo(RETURNED);
    }

    @Test
    void anEvaluationNeedsItsFeedback() {
        refused(() -> VisitApproval.next(REPORT_FILED, EVALUATE, DEAN, TRAVELLER, " "), "visit.comment.required");
    }

    @Test
    void aReturnedVisitIsResubmittedAndTheSchoolApprovesAgain() {
        State returned = VisitApproval.next(SCHOOL_APPROVED, RETURN, OFFICER, TRAVELLER, "Budget too high.");
        State resubmitted = next(returned, SUBMIT, APPLICANT);

        assertThat(resubmitted).isEqualTo(SUBMITTED);
        refused(() -> next(resubmitted, APPROVE, OFFICER), "visit.awaiting", Role.SCHOOL_LEADER);
    }

    @Test
    void onlyTheApplicantSubmitsWithdrawsAndReports() {
        refused(() -> next(DRAFT, SUBMIT, COLLEAGUE), "visit.applicantOnly");
        refused(() -> next(SUBMITTED, WITHDRAW, DEAN), "visit.applicantOnly");
        refused(() -> next(APPROVED, FILE_REPORT, OFFICER), "visit.applicantOnly");
    }

    @Test
    void theReportFollowsTheApprovalOnly() {
        refused(() -> next(SCHOOL_APPROVED, FILE_REPORT, APPLICANT), "visit.action.notAllowed", FILE_REPORT,
                SCHOOL_APPROVED);
        refused(() -> VisitApproval.next(APPROVED, EVALUATE, DEAN, TRAVELLER, "fine"), "visit.action.notAllowed",
                EVALUATE, APPROVED);
    }

    @Test
    void anApprovedVisitCannotBeReturnedButCanBeWithdrawn() {
        refused(() -> VisitApproval.next(APPROVED, RETURN, OFFICER, TRAVELLER, "changed our mind"),
                "visit.action.notAllowed", RETURN, APPROVED);
        assertThat(next(APPROVED, WITHDRAW, APPLICANT)).isEqualTo(WITHDRAWN);
    }

    @ParameterizedTest
    @EnumSource(value = State.class, names = {"DRAFT", "SUBMITTED", "SCHOOL_APPROVED", "RETURNED", "APPROVED"})
    void theApplicantMayWithdrawBeforeTheReport(State state) {
        assertThat(next(state, WITHDRAW, APPLICANT)).isEqualTo(WITHDRAWN);
    }

    @ParameterizedTest
    @EnumSource(value = State.class, names = {"REPORT_FILED", "EVALUATED", "WITHDRAWN"})
    void nothingIsWithdrawnOnceReportedOrWithdrawn(State state) {
        refused(() -> next(state, WITHDRAW, APPLICANT), "visit.action.notAllowed", WITHDRAW, state);
    }

    @ParameterizedTest
    @EnumSource(value = Action.class)
    void nothingMovesAnEvaluatedOrWithdrawnVisit(Action action) {
        for (State end : new State[] {EVALUATED, WITHDRAWN}) {
            for (Actor actor : new Actor[] {APPLICANT, DEAN, OFFICER}) {
                refused(() -> VisitApproval.next(end, action, actor, TRAVELLER, "a comment"),
                        "visit.action.notAllowed", action, end);
            }
        }
    }

    @Test
    void theReportIsDueOnTheLastDayAndOverdueTheDayAfter() {
        LocalDate tripEnds = LocalDate.of(2026, 3, 1);

        assertThat(VisitApproval.reportDueOn(tripEnds, 15)).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(VisitApproval.isReportOverdue(tripEnds, tripEnds, 15)).isFalse();
        assertThat(VisitApproval.isReportOverdue(tripEnds, LocalDate.of(2026, 3, 16), 15)).isFalse();
        assertThat(VisitApproval.isReportOverdue(tripEnds, LocalDate.of(2026, 3, 17), 15)).isTrue();
    }

    @Test
    void theDueDateCrossesMonthAndYearEnds() {
        LocalDate tripEnds = LocalDate.of(2025, 12, 20);

        assertThat(VisitApproval.isReportOverdue(tripEnds, LocalDate.of(2026, 1, 19), 30)).isFalse();
        assertThat(VisitApproval.isReportOverdue(tripEnds, LocalDate.of(2026, 1, 20), 30)).isTrue();
    }

    @Test
    void withZeroDaysTheReportIsDueOnTheDayOfReturn() {
        LocalDate tripEnds = LocalDate.of(2026, 3, 1);

        assertThat(VisitApproval.isReportOverdue(tripEnds, tripEnds, 0)).isFalse();
        assertThat(VisitApproval.isReportOverdue(tripEnds, tripEnds.plusDays(1), 0)).isTrue();
    }

    @Test
    void onlyAVisitAwaitingItsReportCanBeOverdue() {
        LocalDate tripEnds = LocalDate.of(2026, 3, 1);
        LocalDate late = LocalDate.of(2026, 6, 1);

        assertThat(VisitApproval.isReportOverdue(APPROVED, tripEnds, late, 15)).isTrue();
        assertThat(VisitApproval.isReportOverdue(REPORT_FILED, tripEnds, late, 15)).isFalse();
        assertThat(VisitApproval.isReportOverdue(WITHDRAWN, tripEnds, late, 15)).isFalse();
    }

    @Test
    void aNegativeNumberOfDaysIsAMistake() {
        assertThatThrownBy(() -> VisitApproval.isReportOverdue(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1),
                -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
