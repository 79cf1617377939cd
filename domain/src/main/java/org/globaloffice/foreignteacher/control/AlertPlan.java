package org.globaloffice.foreignteacher.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What of one foreign teacher's file needs attention today: each document's expiry, the contract's end, and the
 * permits to be obtained after entry, flagged by {@link ExpiryWatch} (due within the lead time, or overdue).
 * <ul>
 * <li>Of several documents of one type only the newest counts (by issue date): a renewed visa replaces the old one.
 * <li>Of several contracts only the one ending last counts: a renewal replaces the ending contract.
 * <li>After entry, the work permit is due within 15 days and the residence permit within 30
 * ({@link DocumentRules#dueAfterEntry}); the deadline is met by such a document issued on or after the day of
 * entry.
 * <li>A teacher who has left raises nothing.
 * </ul>
 */
public final class AlertPlan {

    public enum Kind {
        DOCUMENT_EXPIRES, CONTRACT_ENDS, DUE_AFTER_ENTRY
    }

    public record Alert(Kind kind, DocumentType documentType, Long recordId, LocalDate dueOn,
            ExpiryWatch.Urgency urgency) {
    }

    public record Document(long id, DocumentType type, LocalDate issuedOn, LocalDate expiresOn) {
    }

    public record Contract(long id, LocalDate endsOn) {
    }

    private AlertPlan() {
    }

    public static List<Alert> of(RecruitmentStage stage, LocalDate entryDate, Collection<Document> documents,
            Collection<Contract> contracts, ExpiryWatch watch, LocalDate today) {
        List<Alert> alerts = new ArrayList<>();
        if (stage == RecruitmentStage.LEFT) {
            return alerts;
        }
        Map<DocumentType, Document> newest = documents.stream().collect(Collectors.toMap(Document::type, d -> d,
                (a, b) -> b.issuedOn().isAfter(a.issuedOn()) || b.issuedOn().equals(a.issuedOn()) && b.id() > a.id() ? b : a));
        for (Document document : newest.values()) {
            watch.urgency(document.expiresOn(), today).ifPresent(urgency -> alerts.add(new Alert(
                    Kind.DOCUMENT_EXPIRES, document.type(), document.id(), document.expiresOn(), urgency)));
        }
        contracts.stream().max(Comparator.comparing(Contract::endsOn).thenComparing(Contract::id))
                .ifPresent(contract -> watch.urgency(contract.endsOn(), today).ifPresent(urgency -> alerts.add(
                        new Alert(Kind.CONTRACT_ENDS, null, contract.id(), contract.endsOn(), urgency))));
        if (entryDate != null) {
            for (DocumentType type : DocumentType.values()) {
                boolean obtained = documents.stream()
                        .anyMatch(d -> d.type() == type && !d.issuedOn().isBefore(entryDate));
                if (!obtained) {
                    DocumentRules.dueAfterEntry(type, entryDate).ifPresent(due -> watch.urgency(due, today)
                            .ifPresent(urgency -> alerts.add(new Alert(Kind.DUE_AFTER_ENTRY, type, null, due, urgency))));
                }
            }
        }
        alerts.sort(Comparator.comparing(Alert::dueOn).thenComparing(Alert::kind));
        return alerts;
    }
}
