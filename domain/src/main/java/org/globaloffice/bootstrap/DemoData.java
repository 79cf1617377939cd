package org.globaloffice.bootstrap;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.globaloffice.account.control.PasswordHasher;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.cooperation.control.CurriculumFigures;
import org.globaloffice.cooperation.entity.ComplianceRecord;
import org.globaloffice.cooperation.entity.CooperativeProgram;
import org.globaloffice.cooperation.entity.CourseTeacher;
import org.globaloffice.cooperation.entity.CurriculumCourse;
import org.globaloffice.cooperation.entity.ProgramEnrolment;
import org.globaloffice.cooperation.entity.ProgramLevel;
import org.globaloffice.cooperation.entity.ProgramRecord;
import org.globaloffice.cooperation.entity.ProgramReport;
import org.globaloffice.cooperation.entity.ReportStatus;
import org.globaloffice.cooperation.entity.TeacherTraining;
import org.globaloffice.cooperation.entity.TeacherSide;
import org.globaloffice.foreignteacher.control.Degree;
import org.globaloffice.foreignteacher.control.DocumentType;
import org.globaloffice.foreignteacher.control.PassportProtection;
import org.globaloffice.foreignteacher.control.PermitCategory;
import org.globaloffice.foreignteacher.control.RecruitmentStage;
import org.globaloffice.foreignteacher.entity.ExpertContract;
import org.globaloffice.foreignteacher.entity.ExpertDocument;
import org.globaloffice.foreignteacher.entity.ExpertRecord;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.foreignteacher.entity.TeachingAssignment;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.Semester;
import org.globaloffice.partner.entity.InstitutionType;
import org.globaloffice.partner.entity.PartnerInstitution;
import org.globaloffice.organization.entity.LeadingGroupMember;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.security.Role;

/**
 * A demo university: twelve second-level schools with their disciplines (codes of the national discipline
 * catalogue, some of them key disciplines) and leading groups, one account per role, four foreign teachers, two
 * partner institutions and two cooperative programs, one with a curriculum. The demo password of an
 * account is its username followed by {@value #PASSWORD_SUFFIX}, as README lists.
 */
@Dependent
public class DemoData {

    public static final String PASSWORD_SUFFIX = "-demo-2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private record DemoSchool(String code, String zh, String en, String dean, String secretary,
            List<DemoDiscipline> disciplines) {
    }

    private record DemoDiscipline(String code, String zh, String en, boolean key) {
    }

    private static final List<DemoSchool> SCHOOLS = List.of(
            new DemoSchool("FL", "外国语学院", "School of Foreign Languages", "李文华", "赵雪", List.of(
                    new DemoDiscipline("0502", "外国语言文学", "Foreign Languages and Literatures", true),
                    new DemoDiscipline("0551", "翻译", "Translation and Interpreting", false))),
            new DemoSchool("CS", "计算机学院", "School of Computer Science", "张志强", "钱立", List.of(
                    new DemoDiscipline("0812", "计算机科学与技术", "Computer Science and Technology", true),
                    new DemoDiscipline("0835", "软件工程", "Software Engineering", false))),
            new DemoSchool("EM", "经济管理学院", "School of Economics and Management", "陈晓梅", "孙悦", List.of(
                    new DemoDiscipline("0202", "应用经济学", "Applied Economics", true),
                    new DemoDiscipline("1202", "工商管理", "Business Administration", false))),
            new DemoSchool("ME", "机械工程学院", "School of Mechanical Engineering", "刘国栋", "李航", List.of(
                    new DemoDiscipline("0802", "机械工程", "Mechanical Engineering", true))),
            new DemoSchool("EIE", "电气与信息工程学院", "School of Electrical and Information Engineering", "赵明", "周敏", List.of(
                    new DemoDiscipline("0808", "电气工程", "Electrical Engineering", false),
                    new DemoDiscipline("0810", "信息与通信工程", "Information and Communication Engineering", true))),
            new DemoSchool("CTE", "土木与交通工程学院", "School of Civil and Transportation Engineering", "孙立新", "吴迪", List.of(
                    new DemoDiscipline("0814", "土木工程", "Civil Engineering", true),
                    new DemoDiscipline("0823", "交通运输工程", "Transportation Engineering", false))),
            new DemoSchool("AA", "建筑与艺术学院", "School of Architecture and Art", "周雅琴", "郑洁", List.of(
                    new DemoDiscipline("0813", "建筑学", "Architecture", false),
                    new DemoDiscipline("1305", "设计学", "Design", false))),
            new DemoSchool("LAW", "法学院", "School of Law", "吴振华", "冯涛", List.of(
                    new DemoDiscipline("0301", "法学", "Law", true))),
            new DemoSchool("MP", "数理学院", "School of Mathematics and Physics", "郑永刚", "陈晨", List.of(
                    new DemoDiscipline("0701", "数学", "Mathematics", false),
                    new DemoDiscipline("0702", "物理学", "Physics", false))),
            new DemoSchool("CC", "文化与传播学院", "School of Culture and Communication", "王丽娟", "褚颖", List.of(
                    new DemoDiscipline("0503", "新闻传播学", "Journalism and Communication", false))),
            new DemoSchool("IE", "国际教育学院", "School of International Education", "冯海燕", "卫宁", List.of(
                    new DemoDiscipline("0453", "国际中文教育", "International Chinese Language Education", false))),
            new DemoSchool("MSE", "材料科学与工程学院", "School of Materials Science and Engineering", "何建平", "蒋华", List.of(
                    new DemoDiscipline("0805", "材料科学与工程", "Materials Science and Engineering", true))));

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PassportProtection passports;

    Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));

    /** Loads the demo university unless some school exists already (so a restart never duplicates it). */
    public void loadIfEmpty() {
        long schools = em.createQuery("select count(s) from School s", Long.class).getSingleResult();
        if (schools > 0) {
            return;
        }
        Map<String, School> byCode = new java.util.HashMap<>();
        for (DemoSchool demo : SCHOOLS) {
            School school = new School(demo.code(), demo.zh(), demo.en());
            List<LeadingGroupMember> group = new ArrayList<>();
            group.add(new LeadingGroupMember(demo.dean(), "院长 Dean", true));
            group.add(new LeadingGroupMember(demo.secretary(), "外事秘书 Foreign-affairs secretary", false));
            school.replaceLeadingGroup(group);
            em.persist(school);
            for (DemoDiscipline d : demo.disciplines()) {
                em.persist(new Discipline(school, d.code(), d.zh(), d.en(), d.key()));
            }
            byCode.put(demo.code(), school);
        }
        account("office", "王静 (外事处)", EnumSet.of(Role.OFFICE), null);
        account("liaison", "林晓 (外国语学院)", EnumSet.of(Role.LIAISON), byCode.get("FL"));
        account("liaison.cs", "高峰 (计算机学院)", EnumSet.of(Role.LIAISON), byCode.get("CS"));
        account("leader", "徐校长", EnumSet.of(Role.LEADER), null);
        account("auditor", "审计处 钱审", EnumSet.of(Role.AUDITOR), null);
        experts(byCode, LocalDate.now(clock));
        program(byCode.get("FL"), byCode.get("EM"));
        FacultyDemoData faculty = new FacultyDemoData(em);
        List<School> ordered = SCHOOLS.stream().map(demo -> byCode.get(demo.code())).toList();
        List<FacultyMember> members = faculty.members(ordered);
        faculty.visits(byCode, members, LocalDate.now(clock));
        new CompetenceDemoData(em).load(members, LocalDate.now(clock));
        LOG.info("GlobalOffice loaded the demo university: " + SCHOOLS.size()
                + " schools, 5 demo accounts, 4 foreign teachers and " + members.size() + " faculty members");
    }

    /**
     * Four foreign teachers whose files give the alert page something to show, dated from today: a visa expiring
     * soon, an overdue residence permit, a newcomer whose work permit is due, a contract ending.
     */
    private void experts(Map<String, School> byCode, LocalDate today) {
        Semester semester = Semester.containing(today);
        ForeignExpert emma = expert(byCode.get("FL"), "Emma Clarke", "克拉克", "GB", LocalDate.of(1986, 5, 2),
                "GB5512034", today.minusMonths(14));
        document(emma, DocumentType.Z_VISA, "Z0458812", today.minusMonths(14), today.plusDays(25));
        document(emma, DocumentType.WORK_PERMIT, "WP-2025-0831", today.minusMonths(13), today.plusMonths(10));
        document(emma, DocumentType.RESIDENCE_PERMIT, "RP-88127", today.minusMonths(13), today.minusDays(3));
        ExpertContract emmasContract = new ExpertContract(today.minusMonths(14), today.plusDays(45), "Lecturer in English",
                14);
        emmasContract.setAnnualSalary(new java.math.BigDecimal("216000.00"));
        em.persist(filed(emma, emmasContract));
        TeachingAssignment writing = filed(emma, new TeachingAssignment(semester, "Academic Writing", emma.getSchool(), 64));
        writing.setInternationalStudents(true);
        em.persist(writing);

        ForeignExpert lukas = expert(byCode.get("CS"), "Lukas Becker", "贝克尔", "DE", LocalDate.of(1979, 11, 23),
                "C4F8812LK", today.minusDays(5));
        document(lukas, DocumentType.WORK_PERMIT_NOTICE, "WPN-2026-114", today.minusMonths(2), today.plusMonths(1));
        em.persist(filed(lukas, new ExpertContract(today.minusDays(5), today.plusYears(1), "Associate Professor", 10)));

        ForeignExpert sofia = expert(byCode.get("FL"), "Sofía Martínez", "马丁内斯", "ES", LocalDate.of(1991, 2, 14),
                "PAA118204", today.minusYears(2));
        document(sofia, DocumentType.WORK_PERMIT, "WP-2024-0412", today.minusYears(2), today.plusMonths(8));
        document(sofia, DocumentType.RESIDENCE_PERMIT, "RP-77310", today.minusYears(2), today.plusMonths(8));
        em.persist(filed(sofia, new ExpertContract(today.minusYears(1), today.plusYears(1), "Lecturer in Spanish", 16)));

        expert(byCode.get("EM"), "Kenji Watanabe", "渡边健二", "JP", LocalDate.of(1975, 7, 30), "TR8830215", null);
    }

    /**
     * Two partners and a program of the School of Foreign Languages whose curriculum misses the four one-thirds
     * rule by one introduced core course, so that the check has a fix to show; its enrolments, last year's report
     * and this year's training are on file, its agreement ends in five months.
     */
    private void program(School school, School other) {
        PartnerInstitution leeds = new PartnerInstitution("University of Leeds", "利兹大学", "GB", InstitutionType.UNIVERSITY);
        leeds.setCity("Leeds");
        leeds.setWebsite("https://www.leeds.ac.uk");
        em.persist(leeds);
        PartnerInstitution monash = new PartnerInstitution("Monash University", "莫纳什大学", "AU", InstitutionType.UNIVERSITY);
        monash.setCity("Melbourne");
        em.persist(monash);
        CooperativeProgram english = new CooperativeProgram(school, "英语（中英合作办学）", "English (joint programme with Leeds)",
                "MOE32GB2A20241234N", ProgramLevel.BACHELOR, 2024);
        english.setPartners(List.of(leeds));
        english.setAgreementEndsOn(LocalDate.now(clock).plusMonths(5));
        em.persist(english);
        CooperativeProgram finance = new CooperativeProgram(other, "金融学（中澳合作办学）", "Finance (joint programme with Monash)",
                "MOE32AU2A20225678N", ProgramLevel.BACHELOR, 2022);
        finance.setPartners(List.of(monash));
        em.persist(finance);
        int year = LocalDate.now(clock).getMonthValue() >= 9 ? LocalDate.now(clock).getYear() : LocalDate.now(clock).getYear() - 1;
        List<CurriculumCourse> courses = List.of(
                course(english, year, "ENG201", "Academic Writing", true, true, TeacherSide.PARTNER, 64),
                course(english, year, "ENG202", "British Literature", true, false, TeacherSide.PARTNER, 48),
                course(english, year, "ENG203", "Linguistics", true, false, TeacherSide.CHINESE, 48),
                course(english, year, "ENG204", "Translation Theory", true, false, TeacherSide.CHINESE, 48),
                course(english, year, "ENG205", "Intercultural Communication", false, true, TeacherSide.PARTNER, 32),
                course(english, year, "GEN101", "中国近现代史纲要", false, false, TeacherSide.CHINESE, 48));
        courses.forEach(em::persist);
        int thisYear = LocalDate.now(clock).getYear();
        for (int y = 2024; y <= thisYear; y++) {
            em.persist(filed(english, new ProgramEnrolment(y, 60, y == thisYear ? 57 : 60)));
        }
        ProgramReport report = new ProgramReport(thisYear - 1, ReportStatus.ACCEPTED);
        report.setSubmittedOn(LocalDate.now(clock).minusDays(30));
        em.persist(filed(english, report));
        em.persist(filed(english, new TeacherTraining(LocalDate.now(clock).withDayOfMonth(1), "中外合作办学教学能力研修",
                24, "林晓\nAmy Walker\n赵雪")));
        em.persist(new ComplianceRecord(english, year, CurriculumFigures.figures(CurriculumFigures.check(courses)),
                "system", java.time.Instant.now(clock)));
    }

    private static CurriculumCourse course(CooperativeProgram program, int year, String code, String name, boolean core,
            boolean introduced, TeacherSide side, int hours) {
        CurriculumCourse course = new CurriculumCourse(program, year, code, name, hours, core, introduced);
        course.setCredits(java.math.BigDecimal.valueOf(hours / 16));
        course.setTeachers(List.of(new CourseTeacher(side, side == TeacherSide.PARTNER ? "Leeds lecturer" : "中方教师", hours)));
        return course;
    }

    private ForeignExpert expert(School school, String name, String chineseName, String nationality,
            LocalDate birthDate, String passport, LocalDate entry) {
        ForeignExpert expert = new ForeignExpert(school, name, nationality, birthDate);
        expert.setChineseName(chineseName);
        expert.setHighestDegree(Degree.MASTER);
        expert.setExperienceYears(6);
        expert.setLanguageTeachingYears(4);
        expert.setNativeLanguage("en");
        expert.setLanguageTaught("en");
        expert.setIntendedCategory(PermitCategory.B);
        expert.recordPassport(passport, passports);
        if (entry != null) {
            for (RecruitmentStage next : List.of(RecruitmentStage.SCREENED, RecruitmentStage.OFFERED,
                    RecruitmentStage.PERMIT_IN_PROGRESS, RecruitmentStage.ON_BOARD)) {
                expert.moveTo(next);
            }
            expert.setEntryDate(entry);
        }
        em.persist(expert);
        return expert;
    }

    private void document(ForeignExpert expert, DocumentType type, String number, LocalDate issued, LocalDate expires) {
        em.persist(filed(expert, new ExpertDocument(type, number, issued, expires)));
    }

    private static <T extends ProgramRecord> T filed(CooperativeProgram program, T record) {
        record.fileUnder(program);
        return record;
    }

    private static <T extends ExpertRecord> T filed(ForeignExpert expert, T record) {
        record.fileUnder(expert);
        return record;
    }

    private void account(String username, String displayName, EnumSet<Role> roles, School school) {
        UserAccount account = new UserAccount(username, displayName, roles, school);
        account.changePasswordHash(hasher.hash(username + PASSWORD_SUFFIX));
        em.persist(account);
    }
}
