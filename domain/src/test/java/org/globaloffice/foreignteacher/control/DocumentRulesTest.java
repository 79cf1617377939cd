package org.globaloffice.foreignteacher.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.globaloffice.platform.error.RuleViolationException;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {

    private static final LocalDate FILED = LocalDate.of(2026, 11, 23);

    @Test
    void aHealthCheckExactlySixMonthsOldIsAcceptedOneDayOlderIsNot() {
        assertThatCode(() -> DocumentRules.checkFiling(DocumentType.HEALTH_CHECK, LocalDate.of(2026, 5, 23), null, FILED))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DocumentRules.checkFiling(DocumentType.HEALTH_CHECK, LocalDate.of(2026, 5, 22), null, FILED))
                .isInstanceOf(RuleViolationException.class).hasMessage("document.issued.tooOld");
        assertThatThrownBy(() -> DocumentRules.checkFiling(DocumentType.CRIMINAL_RECORD, LocalDate.of(2026, 5, 22), null, FILED))
                .hasMessage("document.issued.tooOld");
    }

    @Test
    void sixMonthsBackFromTheEndOfAMonthEndsOnTheLastDayOfTheShorterMonth() {
        LocalDate filed = LocalDate.of(2026, 8, 31);

        assertThatCode(() -> DocumentRules.checkFiling(DocumentType.HEALTH_CHECK, LocalDate.of(2026, 2, 28), null, filed))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DocumentRules.checkFiling(DocumentType.HEALTH_CHECK, LocalDate.of(2026, 2, 27), null, filed))
                .hasMessage("document.issued.tooOld");
    }

    @Test
    void otherDocumentsMayBeOlder() {
        assertThatCode(() -> DocumentRules.checkFiling(DocumentType.DEGREE_AUTHENTICATION, LocalDate.of(2015, 7, 1),
                null, FILED)).doesNotThrowAnyException();
    }

    @Test
    void notIssuedInTheFutureAndNotExpiringBeforeIssue() {
        assertThatThrownBy(() -> DocumentRules.checkFiling(DocumentType.Z_VISA, FILED.plusDays(1), null, FILED))
                .hasMessage("document.issued.future");
        assertThatThrownBy(() -> DocumentRules.checkFiling(DocumentType.Z_VISA, FILED, FILED.minusDays(1), FILED))
                .hasMessage("document.expires.beforeIssued");
    }

    @Test
    void theWorkPermitIsDue15DaysAfterEntryAndTheResidencePermit30() {
        LocalDate entry = LocalDate.of(2026, 2, 20);

        assertThat(DocumentRules.dueAfterEntry(DocumentType.WORK_PERMIT, entry)).contains(LocalDate.of(2026, 3, 7));
        assertThat(DocumentRules.dueAfterEntry(DocumentType.RESIDENCE_PERMIT, entry)).contains(LocalDate.of(2026, 3, 22));
        assertThat(DocumentRules.dueAfterEntry(DocumentType.HEALTH_CHECK, entry)).isEmpty();
        assertThat(DocumentRules.dueAfterEntry(DocumentType.WORK_PERMIT, null)).isEmpty();
    }

    @Test
    void acrossTheTwentyNinthOfFebruaryInALeapYear() {
        assertThat(DocumentRules.dueAfterEntry(DocumentType.WORK_PERMIT, LocalDate.of(2028, 2, 20)))
                .contains(LocalDate.of(2028, 3, 6));
    }
}
