package org.globaloffice.faculty.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.globaloffice.faculty.control.VisitApproval;
import org.globaloffice.faculty.control.VisitApproval.Actor;
import org.globaloffice.faculty.control.VisitApproval.State;
import org.globaloffice.faculty.entity.OutboundVisit;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.platform.security.Caller;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * Outbound visits from application to evaluation (shared/domain.md, "Outbound visits"). A LIAISON, or the office,
 * applies for a teacher of a school they may act for; the school's LEADER approves or returns it, then the OFFICE;
 * after the trip the applicant files the return report within the policy's days, and the school's LEADER evaluates
 * it. Who may do what, in which state, is {@link VisitApproval}'s; this service names the actor's role from the
 * caller's roles and the step the visit is at. A visit of a school outside the caller's scope is "not found".
 */
@Stateless
public class OutboundVisits {

    static final Set<String> FILTERABLE = Set.of("state", "type", "country", "institution", "school.id",
            "member.chineseName", "member.staffNumber", "departsOn", "returnsOn");
    static final Set<String> SORTABLE = Set.of("state", "type", "country", "departsOn", "returnsOn",
            "member.chineseName", "school.code");

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    @Inject
    FacultyMembers members;

    @Inject
    @ConfigProperty(name = "globaloffice.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    Clock clock = Clock.systemUTC();

    /** A page of visits; with {@code overdueOnly}, only approved trips whose return report is late today. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Page<OutboundVisit> page(PageRequest request, boolean overdueOnly) {
        CriteriaPage<OutboundVisit> page = new CriteriaPage<>(em, OutboundVisit.class, FILTERABLE, SORTABLE,
                "departsOn", false).inSchool("school.id", callers.current().schoolId());
        if (overdueOnly) {
            LocalDate lastOnTime = today().minusDays(members.policy().getReportDays());
            page.where((cb, root) -> cb.and(cb.equal(root.get("state"), State.APPROVED),
                    cb.lessThan(root.<LocalDate>get("returnsOn"), lastOnTime)));
        }
        return page.fetch(request);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public OutboundVisit find(Long id) {
        OutboundVisit visit = id == null ? null : em.find(OutboundVisit.class, id);
        if (visit == null || !callers.current().mayAccessSchool(visit.getSchool().getId())) {
            throw new RecordNotFoundException("OutboundVisit", id);
        }
        return visit;
    }

    /** The visits of one member, newest trip first. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<OutboundVisit> ofMember(Long memberId) {
        members.find(memberId);
        return em.createQuery("select v from OutboundVisit v where v.member.id = :member order by v.departsOn desc",
                OutboundVisit.class).setParameter("member", memberId).getResultList();
    }

    /**
     * Saves an application as a draft: a new one for the member (the caller becomes its applicant), or changes
     * to one still with its applicant (a draft, or returned).
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public OutboundVisit saveApplication(Long memberId, OutboundVisit visit) {
        visit.checkDates();
        if (visit.isNew()) {
            OutboundVisit fresh = new OutboundVisit(members.find(memberId), callers.current().username());
            copyDetails(visit, fresh);
            em.persist(fresh);
            em.flush();
            return fresh;
        }
        OutboundVisit current = find(visit.getId());
        Versions.ensureCurrent(current, visit.getVersion());
        current.checkEditable();
        if (!current.getApplicant().equals(callers.current().username())) {
            throw new org.globaloffice.platform.error.RuleViolationException(null, "visit.applicantOnly");
        }
        copyDetails(visit, current);
        em.flush();
        return current;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public OutboundVisit submit(Long id, long version) {
        OutboundVisit visit = current(id, version);
        visit.submit(applicant());
        return flushed(visit);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public OutboundVisit withdraw(Long id, long version) {
        OutboundVisit visit = current(id, version);
        visit.withdraw(applicant());
        return flushed(visit);
    }

    /** The school leader's approval of a submitted visit, or the office's of one the school approved. */
    @RolesAllowed({Role.Name.LEADER, Role.Name.OFFICE})
    public OutboundVisit approve(Long id, long version, String comment) {
        OutboundVisit visit = current(id, version);
        visit.approve(approver(visit), comment, Instant.now(clock));
        return flushed(visit);
    }

    /** Returns the visit to its applicant with a comment saying what to change. */
    @RolesAllowed({Role.Name.LEADER, Role.Name.OFFICE})
    public OutboundVisit sendBack(Long id, long version, String comment) {
        OutboundVisit visit = current(id, version);
        visit.sendBack(approver(visit), comment, Instant.now(clock));
        return flushed(visit);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public OutboundVisit fileReport(Long id, long version, String report) {
        OutboundVisit visit = current(id, version);
        visit.fileReport(applicant(), report, today());
        return flushed(visit);
    }

    /** The school's evaluation and feedback on the return report: by a leader of the school. */
    @RolesAllowed({Role.Name.LEADER})
    public OutboundVisit evaluate(Long id, long version, int rating, String comment) {
        OutboundVisit visit = current(id, version);
        visit.evaluate(new Actor(callers.current().username(), VisitApproval.Role.SCHOOL_LEADER), rating, comment,
                today());
        return flushed(visit);
    }

    /** The last day of the visit's return report under today's policy. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public LocalDate reportDueOn(OutboundVisit visit) {
        return visit.reportDueOn(members.policy().getReportDays());
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public boolean isReportOverdue(OutboundVisit visit) {
        return visit.isReportOverdue(today(), members.policy().getReportDays());
    }

    private OutboundVisit current(Long id, long version) {
        OutboundVisit visit = find(id);
        Versions.ensureCurrent(visit, version);
        return visit;
    }

    private OutboundVisit flushed(OutboundVisit visit) {
        em.flush();
        return visit;
    }

    private Actor applicant() {
        return new Actor(callers.current().username(), VisitApproval.Role.APPLICANT);
    }

    /**
     * The role the caller approves in at the visit's step: a leader at the school's step, an officer at the
     * office's. A caller without the role the step awaits acts as a plain applicant, which the rule refuses with
     * its own message.
     */
    private Actor approver(OutboundVisit visit) {
        Caller caller = callers.current();
        VisitApproval.Role role;
        if (visit.getState() == State.SUBMITTED && caller.hasRole(Role.LEADER)) {
            role = VisitApproval.Role.SCHOOL_LEADER;
        } else if (visit.getState() == State.SCHOOL_APPROVED && caller.hasRole(Role.OFFICE)) {
            role = VisitApproval.Role.OFFICE;
        } else {
            role = VisitApproval.Role.APPLICANT;
        }
        return new Actor(caller.username(), role);
    }

    private static void copyDetails(OutboundVisit from, OutboundVisit to) {
        to.setType(from.getType());
        to.setCountry(from.getCountry());
        to.setInstitution(from.getInstitution());
        to.setPurpose(from.getPurpose());
        to.setDepartsOn(from.getDepartsOn());
        to.setReturnsOn(from.getReturnsOn());
        to.setFundingSource(from.getFundingSource());
        to.setBudget(from.getBudget());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
    }
}
