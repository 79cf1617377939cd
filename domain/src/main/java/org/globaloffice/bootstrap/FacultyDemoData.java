package org.globaloffice.bootstrap;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.globaloffice.faculty.control.VisitApproval.Actor;
import org.globaloffice.faculty.control.VisitApproval.Role;
import org.globaloffice.faculty.entity.AcademicTitle;
import org.globaloffice.faculty.entity.DegreeLevel;
import org.globaloffice.faculty.entity.FacultyDegree;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.faculty.entity.OutboundVisit;
import org.globaloffice.faculty.entity.VisitType;
import org.globaloffice.organization.entity.School;

/**
 * The demo university's faculty: 160 members across the schools (staff numbers T2021001 to T2021160), one in
 * five with a doctorate from abroad, and outbound visits of the School of Foreign Languages at each step of their
 * way, dated from today so that one return report is overdue.
 */
final class FacultyDemoData {

    static final int MEMBERS = 160;

    private static final String[] FAMILY = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡",
        "朱", "高", "林"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "涛"};
    private static final String[][] ABROAD = {{"GB", "University of Leeds"}, {"US", "Purdue University"},
        {"DE", "Technische Universität München"}, {"JP", "Tohoku University"}, {"AU", "Monash University"}};
    private static final AcademicTitle[] TITLES = {AcademicTitle.LECTURER, AcademicTitle.ASSOCIATE_PROFESSOR,
        AcademicTitle.PROFESSOR, AcademicTitle.LECTURER, AcademicTitle.ASSISTANT_LECTURER};

    private final EntityManager em;

    FacultyDemoData(EntityManager em) {
        this.em = em;
    }

    /** The members, in staff-number order. */
    List<FacultyMember> members(List<School> schools) {
        List<FacultyMember> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            School school = schools.get(i % schools.size());
            String name = FAMILY[i % FAMILY.length] + GIVEN[(i / FAMILY.length) % GIVEN.length]
                    + (i >= FAMILY.length * GIVEN.length ? GIVEN[i % GIVEN.length] : "");
            FacultyMember member = new FacultyMember(school, String.format("T2021%03d", i + 1), name,
                    TITLES[i % TITLES.length]);
            member.setLanguages(i % 3 == 0 ? "English; French" : "English");
            em.persist(member);
            if (i % 5 == 0) {
                String[] where = ABROAD[(i / 5) % ABROAD.length];
                LocalDate conferred = LocalDate.of(2010 + i % 10, 6, 30);
                FacultyDegree degree = new FacultyDegree(DegreeLevel.DOCTORATE, where[1], where[0],
                        conferred.minusYears(4).withMonth(9).withDayOfMonth(1), conferred);
                degree.fileUnder(member);
                em.persist(degree);
            }
            members.add(member);
        }
        return members;
    }

    /**
     * Visits of the School of Foreign Languages, filed by its liaison: one a draft, one awaiting the leader, one
     * back from a conference with its report overdue, one evaluated.
     */
    void visits(Map<String, School> byCode, List<FacultyMember> members, LocalDate today) {
        List<FacultyMember> fl = members.stream()
                .filter(m -> m.getSchool().getCode().equals("FL")).limit(4).toList();
        Actor liaison = new Actor("liaison", Role.APPLICANT);
        Actor leader = new Actor("leader", Role.SCHOOL_LEADER);
        Actor office = new Actor("office", Role.OFFICE);
        Instant now = Instant.now();

        OutboundVisit draft = visit(fl.get(0), VisitType.INTERNATIONAL_CONFERENCE, "GB", "University of Leeds",
                "在英国应用语言学年会上宣读论文 Paper at the BAAL annual meeting", today.plusDays(60), today.plusDays(66));
        em.persist(draft);

        OutboundVisit submitted = visit(fl.get(1), VisitType.VISITING_SCHOLAR, "AU", "Monash University",
                "访问学者：二语习得合作研究 Visiting scholar: second-language acquisition", today.plusDays(90),
                today.plusDays(270));
        submitted.submit(liaison);
        em.persist(submitted);

        OutboundVisit overdue = visit(fl.get(2), VisitType.SHORT_TERM_TRAINING, "US", "Purdue University",
                "英语教学法短期培训 Short course in English language teaching", today.minusDays(60), today.minusDays(40));
        overdue.submit(liaison);
        overdue.approve(leader, "同意 Agreed", now);
        overdue.approve(office, null, now);
        em.persist(overdue);

        OutboundVisit evaluated = visit(fl.get(3), VisitType.LECTURING, "JP", "Tohoku University",
                "讲学：中日翻译比较 Lectures on Chinese–Japanese translation", today.minusDays(200), today.minusDays(100));
        evaluated.submit(liaison);
        evaluated.approve(leader, null, now);
        evaluated.approve(office, null, now);
        evaluated.fileReport(liaison, "完成讲学六次，建立合作意向。Gave six lectures; agreed to cooperate on a corpus.",
                today.minusDays(90));
        evaluated.evaluate(leader, 5, "成果突出，建议推广 Outstanding; to be shared with the school.", today.minusDays(80));
        em.persist(evaluated);
    }

    private static OutboundVisit visit(FacultyMember member, VisitType type, String country, String institution,
            String purpose, LocalDate departs, LocalDate returns) {
        OutboundVisit visit = new OutboundVisit(member, "liaison");
        visit.setType(type);
        visit.setCountry(country);
        visit.setInstitution(institution);
        visit.setPurpose(purpose);
        visit.setDepartsOn(departs);
        visit.setReturnsOn(returns);
        visit.setFundingSource("学校国际交流专项 University exchange fund");
        visit.setBudget(new BigDecimal("30000.00"));
        return visit;
    }
}
