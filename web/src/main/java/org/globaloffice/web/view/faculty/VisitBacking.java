package org.globaloffice.web.view.faculty;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.globaloffice.faculty.boundary.FacultyMembers;
import org.globaloffice.faculty.boundary.OutboundVisits;
import org.globaloffice.faculty.control.VisitApproval.State;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.faculty.entity.OutboundVisit;
import org.globaloffice.faculty.entity.VisitType;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;

/**
 * {@code faculty/visit.xhtml?id=…} (or {@code ?member=…} for a new application): an outbound visit's application,
 * where it stands, and the one step the caller may take on it now — send, withdraw, approve or return with a
 * comment, file the return report, evaluate it. Each step is checked again by the service; the page only offers the
 * steps that would pass.
 */
@Named
@ViewScoped
public class VisitBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboundVisits visits;

    @Inject
    FacultyMembers members;

    @Inject
    Failures failures;

    private Long id;
    private Long memberId;
    private OutboundVisit visit;
    private String traveller;
    private String comment;
    private String report;
    private Integer rating;

    public void load() throws IOException {
        if (visit != null) {
            return;
        }
        try {
            if (id == null) {
                visit = new OutboundVisit();
                if (memberId != null) {
                    traveller = MemberChoice.label(members.find(memberId));
                }
            } else {
                visit = visits.find(id);
                traveller = MemberChoice.label(visit.getMember());
            }
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, e.getMessage());
            Faces.responseComplete();
        }
    }

    public List<String> completeTraveller(String text) {
        return members.suggest(text).stream().map(MemberChoice::label).toList();
    }

    public void save() throws IOException {
        try {
            Long travellerId = visit.isNew() ? travellerId() : visit.getMember().getId();
            OutboundVisit saved = visits.saveApplication(travellerId, visit);
            Texts.info("visit.saved");
            reopen(saved);
        } catch (RuntimeException e) {
            failures.show("form", e);
        }
    }

    private Long travellerId() {
        if (traveller == null || traveller.isBlank()) {
            throw new RuleViolationException("traveller", "visit.member.required");
        }
        String staffNumber = MemberChoice.staffNumberOf(traveller);
        try {
            return members.findByStaffNumber(staffNumber).getId();
        } catch (RecordNotFoundException e) {
            throw new RuleViolationException("traveller", "visit.member.unknown", staffNumber);
        }
    }

    public void submit() throws IOException {
        step(() -> visits.submit(visit.getId(), visit.getVersion()), "visit.submitted");
    }

    public void withdraw() throws IOException {
        step(() -> visits.withdraw(visit.getId(), visit.getVersion()), "visit.withdrawn");
    }

    public void approve() throws IOException {
        step(() -> visits.approve(visit.getId(), visit.getVersion(), comment), "visit.approved");
    }

    public void sendBack() throws IOException {
        step(() -> visits.sendBack(visit.getId(), visit.getVersion(), comment), "visit.returned");
    }

    public void fileReport() throws IOException {
        step(() -> visits.fileReport(visit.getId(), visit.getVersion(), report), "visit.reportFiled");
    }

    public void evaluate() throws IOException {
        step(() -> visits.evaluate(visit.getId(), visit.getVersion(), rating == null ? 0 : rating, comment),
                "visit.evaluated");
    }

    private void step(java.util.function.Supplier<OutboundVisit> action, String doneKey) throws IOException {
        try {
            OutboundVisit done = action.get();
            Texts.info(doneKey);
            reopen(done);
        } catch (RuntimeException e) {
            failures.show("steps", e);
        }
    }

    private static void reopen(OutboundVisit visit) throws IOException {
        Faces.redirect(Faces.getRequestContextPath() + "/faculty/visit.xhtml?id=" + visit.getId());
    }

    private String me() {
        return Faces.getExternalContext().getRemoteUser();
    }

    private boolean isApplicant() {
        return !visit.isNew() && visit.getApplicant().equals(me());
    }

    private static boolean inRole(String role) {
        return Faces.getExternalContext().isUserInRole(role);
    }

    /** The form's fields can change: a new application, or the applicant's own draft or returned one. */
    public boolean isEditable() {
        return visit.isNew() ? inRole("ADMIN") || inRole("OFFICE") || inRole("LIAISON")
                : visit.isEditable() && isApplicant();
    }

    public boolean isMaySubmit() {
        return isApplicant() && visit.isEditable();
    }

    public boolean isMayWithdraw() {
        return isApplicant() && List.of(State.DRAFT, State.SUBMITTED, State.SCHOOL_APPROVED, State.RETURNED,
                State.APPROVED).contains(visit.getState());
    }

    /** The leader at the school's step, an officer at the office's; never on one's own application. */
    public boolean isMayDecide() {
        return !visit.isNew() && !isApplicant()
                && (visit.getState() == State.SUBMITTED && inRole("LEADER")
                || visit.getState() == State.SCHOOL_APPROVED && inRole("OFFICE"));
    }

    public boolean isMayFileReport() {
        return isApplicant() && visit.getState() == State.APPROVED;
    }

    public boolean isMayEvaluate() {
        return !visit.isNew() && !isApplicant() && visit.getState() == State.REPORT_FILED && inRole("LEADER");
    }

    public LocalDate getReportDueOn() {
        return visit.isNew() || visit.getReturnsOn() == null ? null : visits.reportDueOn(visit);
    }

    public boolean isReportOverdue() {
        return !visit.isNew() && visits.isReportOverdue(visit);
    }

    public VisitType[] getTypes() {
        return VisitType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public OutboundVisit getVisit() {
        return visit;
    }

    public String getTraveller() {
        return traveller;
    }

    public void setTraveller(String traveller) {
        this.traveller = traveller;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }
}
