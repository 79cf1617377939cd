package org.globaloffice.foreignteacher.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.globaloffice.foreignteacher.control.AlertPlan.Alert;
import org.globaloffice.foreignteacher.control.AlertPlan.Contract;
import org.globaloffice.foreignteacher.control.AlertPlan.Document;
import org.globaloffice.foreignteacher.control.AlertPlan.Kind;
import org.globaloffice.foreignteacher.control.ExpiryWatch.Urgency;
import org.junit.jupiter.api.Test;

class AlertPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate ISSUED = LocalDate.of(2025, 3, 10);
    private static final ExpiryWatch WATCH = new ExpiryWatch(60);

    private static List<Alert> documents(Document... documents) {
        return AlertPlan.of(RecruitmentStage.ON_BOARD, null, List.of(documents), List.of(), WATCH, TODAY);
    }

    private static List<Alert> contracts(Contract... contracts) {
        return AlertPlan.of(RecruitmentStage.ON_BOARD, null, List.of(), List.of(contracts), WATCH, TODAY);
    }

    private static List<Alert> afterEntry(LocalDate entry, LocalDate today, ExpiryWatch watch, Document... documents) {
        return AlertPlan.of(RecruitmentStage.ON_BOARD, entry, List.of(documents), List.of(), watch, today).stream()
                .filter(a -> a.kind() == Kind.DUE_AFTER_ENTRY).toList();
    }

    private static Alert alert(List<Alert> alerts, DocumentType type) {
        return alerts.stream().filter(a -> a.documentType() == type).findFirst().orElse(null);
    }

    @Test
    void aDocumentExpiringTodayIsDueSoon() {
        assertThat(documents(new Document(5, DocumentType.Z_VISA, ISSUED, TODAY)))
                .containsExactly(new Alert(Kind.DOCUMENT_EXPIRES, DocumentType.Z_VISA, 5L, TODAY, Urgency.DUE_SOON));
    }

    @Test
    void aDocumentExpiringOnTheLastDayOfTheLeadTimeIsDueSoonOneDayLaterNothing() {
        assertThat(documents(new Document(5, DocumentType.Z_VISA, ISSUED, TODAY.plusDays(60))))
                .containsExactly(new Alert(Kind.DOCUMENT_EXPIRES, DocumentType.Z_VISA, 5L, TODAY.plusDays(60),
                        Urgency.DUE_SOON));
        assertThat(documents(new Document(5, DocumentType.Z_VISA, ISSUED, TODAY.plusDays(61)))).isEmpty();
    }

    @Test
    void aDocumentThatExpiredYesterdayIsOverdue() {
        assertThat(documents(new Document(5, DocumentType.HEALTH_CHECK, ISSUED, TODAY.minusDays(1))))
                .containsExactly(new Alert(Kind.DOCUMENT_EXPIRES, DocumentType.HEALTH_CHECK, 5L, TODAY.minusDays(1),
                        Urgency.OVERDUE));
    }

    @Test
    void aDocumentThatNeverExpiresRaisesNothing() {
        assertThat(documents(new Document(5, DocumentType.DEGREE_AUTHENTICATION, ISSUED, null))).isEmpty();
    }

    @Test
    void aRenewedDocumentReplacesTheOldOneWhateverTheOrder() {
        Document old = new Document(1, DocumentType.RESIDENCE_PERMIT, LocalDate.of(2025, 12, 1), TODAY.minusDays(3));
        Document renewed = new Document(2, DocumentType.RESIDENCE_PERMIT, LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 11, 1));

        assertThat(documents(old, renewed)).isEmpty();
        assertThat(documents(renewed, old)).isEmpty();
    }

    @Test
    void theNewestDocumentCountsEvenWhenItExpiresFirst() {
        Document older = new Document(1, DocumentType.Z_VISA, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1));
        Document newer = new Document(2, DocumentType.Z_VISA, LocalDate.of(2026, 6, 1), TODAY.plusDays(10));

        assertThat(documents(older, newer)).extracting(Alert::recordId).containsExactly(2L);
        assertThat(documents(newer, older)).extracting(Alert::recordId).containsExactly(2L);
    }

    @Test
    void ofTwoDocumentsIssuedTheSameDayTheLaterFiledCounts() {
        Document first = new Document(1, DocumentType.Z_VISA, ISSUED, TODAY.plusDays(10));
        Document second = new Document(2, DocumentType.Z_VISA, ISSUED, TODAY.plusDays(20));

        assertThat(documents(first, second)).extracting(Alert::recordId).containsExactly(2L);
        assertThat(documents(second, first)).extracting(Alert::recordId).containsExactly(2L);
    }

    @Test
    void aNewerDocumentReplacesOnlyOneOfItsOwnType() {
        Document visa = new Document(1, DocumentType.Z_VISA, ISSUED, TODAY.plusDays(10));
        Document healthCheck = new Document(2, DocumentType.HEALTH_CHECK, TODAY.minusDays(5), LocalDate.of(2027, 11, 1));

        assertThat(documents(visa, healthCheck)).containsExactly(
                new Alert(Kind.DOCUMENT_EXPIRES, DocumentType.Z_VISA, 1L, TODAY.plusDays(10), Urgency.DUE_SOON));
    }

    @Test
    void aContractEndingWithinTheLeadTimeIsDueSoon() {
        assertThat(contracts(new Contract(9, TODAY.plusDays(60))))
                .containsExactly(new Alert(Kind.CONTRACT_ENDS, null, 9L, TODAY.plusDays(60), Urgency.DUE_SOON));
        assertThat(contracts(new Contract(9, TODAY.plusDays(61)))).isEmpty();
        assertThat(contracts(new Contract(9, TODAY.minusDays(1))))
                .containsExactly(new Alert(Kind.CONTRACT_ENDS, null, 9L, TODAY.minusDays(1), Urgency.OVERDUE));
    }

    @Test
    void onlyTheContractEndingLastCounts() {
        Contract ended = new Contract(1, TODAY.minusDays(30));
        Contract renewal = new Contract(2, LocalDate.of(2027, 8, 31));
        Contract endingSoon = new Contract(3, TODAY.plusDays(5));

        assertThat(contracts(ended, renewal)).isEmpty();
        assertThat(contracts(renewal, ended)).isEmpty();
        assertThat(contracts(ended, endingSoon)).extracting(Alert::recordId).containsExactly(3L);
    }

    @Test
    void theWorkPermitIsDueOnTheFifteenthDayAfterEntryAndOverdueOnTheSixteenth() {
        LocalDate entry = LocalDate.of(2026, 11, 1);
        LocalDate due = LocalDate.of(2026, 11, 16);

        assertThat(alert(afterEntry(entry, entry.plusDays(15), WATCH), DocumentType.WORK_PERMIT))
                .isEqualTo(new Alert(Kind.DUE_AFTER_ENTRY, DocumentType.WORK_PERMIT, null, due, Urgency.DUE_SOON));
        assertThat(alert(afterEntry(entry, entry.plusDays(16), WATCH), DocumentType.WORK_PERMIT))
                .isEqualTo(new Alert(Kind.DUE_AFTER_ENTRY, DocumentType.WORK_PERMIT, null, due, Urgency.OVERDUE));
    }

    @Test
    void theResidencePermitIsDueOnTheThirtiethDayAfterEntryAndOverdueOnTheThirtyFirst() {
        LocalDate entry = LocalDate.of(2026, 11, 1);
        LocalDate due = LocalDate.of(2026, 12, 1);

        assertThat(alert(afterEntry(entry, entry.plusDays(30), WATCH), DocumentType.RESIDENCE_PERMIT))
                .isEqualTo(new Alert(Kind.DUE_AFTER_ENTRY, DocumentType.RESIDENCE_PERMIT, null, due, Urgency.DUE_SOON));
        assertThat(alert(afterEntry(entry, entry.plusDays(31), WATCH), DocumentType.RESIDENCE_PERMIT))
                .isEqualTo(new Alert(Kind.DUE_AFTER_ENTRY, DocumentType.RESIDENCE_PERMIT, null, due, Urgency.OVERDUE));
    }

    @Test
    void onlyTheWorkAndResidencePermitsAreDueAfterEntry() {
        LocalDate entry = LocalDate.of(2026, 11, 1);

        assertThat(afterEntry(entry, entry, WATCH)).extracting(Alert::documentType)
                .containsExactly(DocumentType.WORK_PERMIT, DocumentType.RESIDENCE_PERMIT);
    }

    @Test
    void anEntryDeadlineFollowsTheLeadTime() {
        LocalDate entry = LocalDate.of(2026, 11, 1);
        ExpiryWatch tenDays = new ExpiryWatch(10);

        assertThat(afterEntry(entry, entry.plusDays(4), tenDays)).isEmpty();
        assertThat(afterEntry(entry, entry.plusDays(5), tenDays)).extracting(Alert::documentType)
                .containsExactly(DocumentType.WORK_PERMIT);
    }

    @Test
    void aPermitIssuedOnTheDayOfEntryMeetsTheDeadline() {
        LocalDate entry = LocalDate.of(2026, 11, 1);
        Document workPermit = new Document(3, DocumentType.WORK_PERMIT, entry, LocalDate.of(2027, 10, 31));

        assertThat(afterEntry(entry, entry.plusDays(20), WATCH, workPermit)).extracting(Alert::documentType)
                .containsExactly(DocumentType.RESIDENCE_PERMIT);
    }

    @Test
    void aPermitIssuedLateStillMeetsTheDeadlineFromThenOn() {
        LocalDate entry = LocalDate.of(2026, 11, 1);
        Document residencePermit = new Document(3, DocumentType.RESIDENCE_PERMIT, entry.plusDays(35),
                LocalDate.of(2027, 12, 5));

        assertThat(afterEntry(entry, entry.plusDays(40), WATCH, residencePermit)).extracting(Alert::documentType)
                .containsExactly(DocumentType.WORK_PERMIT);
    }

    @Test
    void aPermitIssuedTheDayBeforeEntryDoesNotMeetTheDeadline() {
        LocalDate entry = LocalDate.of(2026, 11, 1);
        Document earlierWorkPermit = new Document(3, DocumentType.WORK_PERMIT, entry.minusDays(1),
                LocalDate.of(2027, 10, 30));

        assertThat(alert(afterEntry(entry, entry.plusDays(16), WATCH, earlierWorkPermit), DocumentType.WORK_PERMIT))
                .isEqualTo(new Alert(Kind.DUE_AFTER_ENTRY, DocumentType.WORK_PERMIT, null, entry.plusDays(15),
                        Urgency.OVERDUE));
    }

    @Test
    void aPermitOfTheOtherKindDoesNotMeetTheDeadline() {
        LocalDate entry = LocalDate.of(2026, 11, 1);
        Document residencePermit = new Document(3, DocumentType.RESIDENCE_PERMIT, entry.plusDays(2),
                LocalDate.of(2027, 10, 30));

        assertThat(afterEntry(entry, entry.plusDays(16), WATCH, residencePermit)).extracting(Alert::documentType)
                .containsExactly(DocumentType.WORK_PERMIT);
    }

    @Test
    void withoutAnEntryDateNothingIsDueAfterEntry() {
        assertThat(afterEntry(null, TODAY, WATCH)).isEmpty();
    }

    @Test
    void aTeacherWhoHasLeftRaisesNothing() {
        List<Alert> alerts = AlertPlan.of(RecruitmentStage.LEFT, TODAY.minusDays(100),
                List.of(new Document(1, DocumentType.Z_VISA, ISSUED, TODAY.minusDays(1))),
                List.of(new Contract(2, TODAY)), WATCH, TODAY);

        assertThat(alerts).isEmpty();
    }

    @Test
    void theSameFileOnBoardRaisesAlertsOfEveryKindEarliestFirst() {
        LocalDate entry = TODAY.minusDays(20);
        List<Alert> alerts = AlertPlan.of(RecruitmentStage.ON_BOARD, entry,
                List.of(new Document(1, DocumentType.Z_VISA, ISSUED, TODAY.plusDays(3)),
                        new Document(4, DocumentType.HEALTH_CHECK, ISSUED, TODAY.plusDays(12))),
                List.of(new Contract(2, TODAY.plusDays(3))), WATCH, TODAY);

        assertThat(alerts).containsExactly(
                new Alert(Kind.DUE_AFTER_ENTRY, DocumentType.WORK_PERMIT, null, entry.plusDays(15), Urgency.OVERDUE),
                new Alert(Kind.DOCUMENT_EXPIRES, DocumentType.Z_VISA, 1L, TODAY.plusDays(3), Urgency.DUE_SOON),
                new Alert(Kind.CONTRACT_ENDS, null, 2L, TODAY.plusDays(3), Urgency.DUE_SOON),
                new Alert(Kind.DUE_AFTER_ENTRY, DocumentType.RESIDENCE_PERMIT, null, entry.plusDays(30),
                        Urgency.DUE_SOON),
                new Alert(Kind.DOCUMENT_EXPIRES, DocumentType.HEALTH_CHECK, 4L, TODAY.plusDays(12), Urgency.DUE_SOON));
    }
}
