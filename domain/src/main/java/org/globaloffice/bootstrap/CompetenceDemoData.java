package org.globaloffice.bootstrap;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.globaloffice.faculty.entity.ClassLevel;
import org.globaloffice.faculty.entity.CompetenceEnrolment;
import org.globaloffice.faculty.entity.CompetenceProgram;
import org.globaloffice.faculty.entity.CompetenceSession;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.faculty.entity.LanguageAssessment;
import org.globaloffice.faculty.entity.LanguageClass;
import org.globaloffice.faculty.entity.LanguageEnrolment;
import org.globaloffice.faculty.entity.LecturerKind;
import org.globaloffice.faculty.entity.SessionAttendance;

/**
 * The demo university's global competence programs and language training.
 * <p>
 * The 2021 program is seed 000's: five sessions on its five themes, 32 teaching hours each (160 in all), lecturers
 * from abroad among them, and 156 participants (T2021001–T2021156). Attendance is fixed, so that the figures are
 * the same on every start: of every 13 participants one attended exactly 128 hours (80 %: completes), one 127
 * (falls one hour short), one 96 (missed two sessions) and one 152 (part of one session); the others attended
 * everything. That makes 132 of 156 complete under the default rule. A program of the current year, organised by
 * the School of Foreign Languages, has two sessions, one taught and one to come.
 * <p>
 * Language training is seed 001's second English improvement class, in three classes (management staff, basic,
 * advanced) with their members and attended hours, one class of this year nobody has joined yet, and 36 test
 * results across the schools.
 */
final class CompetenceDemoData {

    static final int SEED_PARTICIPANTS = 156;
    private static final int SEED_SESSION_HOURS = 32;

    private static final String OFFICE = "国际合作与交流处 International Cooperation & Exchange Office";

    private final EntityManager em;

    CompetenceDemoData(EntityManager em) {
        this.em = em;
    }

    /** {@code members} in staff-number order, as {@link FacultyDemoData#members} made them. */
    void load(List<FacultyMember> members, LocalDate today) {
        seedProgram(members);
        currentProgram(members, today);
        languageClasses(members, today);
        assessments(members);
    }

    private void seedProgram(List<FacultyMember> members) {
        CompetenceProgram program = new CompetenceProgram(2021, "全球胜任力提升项目 Global competence building program",
                OFFICE);
        program.setBudget(new BigDecimal("600000.00"));
        program.setDescription("面向全校教师的全球胜任力系列培训，邀请国外知名大学教授和国际组织前官员授课。"
                + " A series of sessions for the university's faculty, taught by professors of universities abroad"
                + " and former officials of international organisations.");
        em.persist(program);

        CompetenceSession[] sessions = {
            session(program, "国际胜任力 International competence", LocalDate.of(2021, 4, 12),
                    "国际交流中心报告厅 International Exchange Centre lecture hall", null),
            session(program, "大数据与社会科学 Big data and social sciences", LocalDate.of(2021, 5, 17),
                    null, "https://meeting.example.edu.cn/competence-2021-2"),
            session(program, "PBL 教学模式理论与实践 PBL teaching model: theory and practice", LocalDate.of(2021, 6, 21),
                    "教学楼 A101 Teaching building A101", null),
            session(program, "跨文化交流与国际科研合作 Intercultural communication and international research cooperation",
                    LocalDate.of(2021, 9, 13), "国际交流中心报告厅 International Exchange Centre lecture hall",
                    "https://meeting.example.edu.cn/competence-2021-4"),
            session(program, "联合国初级专业官员（JPO）培训 United Nations junior professional officer (JPO) training",
                    LocalDate.of(2021, 11, 8), null, "https://meeting.example.edu.cn/competence-2021-5")};
        sessions[0].addLecturer("Margaret Ellison", LecturerKind.FOREIGN, "University of Leeds");
        sessions[0].addLecturer("刘建国", LecturerKind.INTERNAL, "本校外国语学院 School of Foreign Languages");
        sessions[1].addLecturer("Daniel Hoffmann", LecturerKind.FOREIGN, "Technische Universität München");
        sessions[1].addLecturer("王海燕", LecturerKind.EXTERNAL, "中国人民大学 Renmin University of China");
        sessions[2].addLecturer("Lars Nielsen", LecturerKind.FOREIGN, "Aalborg University");
        sessions[2].addLecturer("陈思", LecturerKind.INTERNAL, "本校教师发展中心 Faculty Development Centre");
        sessions[3].addLecturer("Sophie Martin", LecturerKind.FOREIGN, "Université Lyon 3");
        sessions[3].addLecturer("赵立", LecturerKind.EXTERNAL, "北京外国语大学 Beijing Foreign Studies University");
        sessions[4].addLecturer("Thomas Berger", LecturerKind.FOREIGN,
                "联合国开发计划署（前任官员）Formerly United Nations Development Programme");
        sessions[4].addLecturer("孙明", LecturerKind.EXTERNAL, "中国国际人才交流基金会 China International Talent Exchange Foundation");
        for (CompetenceSession session : sessions) {
            em.persist(session);
        }

        for (int i = 0; i < SEED_PARTICIPANTS; i++) {
            FacultyMember member = members.get(i);
            em.persist(new CompetenceEnrolment(program, member, LocalDate.of(2021, 3, 1)));
            int[] hours = seedAttendance(i);
            for (int s = 0; s < sessions.length; s++) {
                if (hours[s] > 0) {
                    em.persist(new SessionAttendance(sessions[s], member, hours[s]));
                }
            }
        }
    }

    /**
     * The hours participant {@code i} attended of each of the five sessions. {@code i × 5 mod 13} spreads the four
     * kinds of partial attendance evenly over the schools (whose members alternate in staff-number order).
     */
    static int[] seedAttendance(int i) {
        int[] hours = {SEED_SESSION_HOURS, SEED_SESSION_HOURS, SEED_SESSION_HOURS, SEED_SESSION_HOURS,
            SEED_SESSION_HOURS};
        int missed = i % hours.length;
        switch (i * 5 % 13) {
            case 0 -> hours[missed] = 0;                        // 128: exactly 80 %
            case 1 -> {                                         // 127: one hour short
                hours[missed] = 0;
                hours[(missed + 1) % hours.length] = SEED_SESSION_HOURS - 1;
            }
            case 2 -> {                                         // 96: two sessions missed
                hours[missed] = 0;
                hours[(missed + 2) % hours.length] = 0;
            }
            case 3 -> hours[missed] = SEED_SESSION_HOURS - 8;   // 152
            default -> {
            }
        }
        return hours;
    }

    private CompetenceSession session(CompetenceProgram program, String theme, LocalDate monday, String place,
            String link) {
        CompetenceSession session = new CompetenceSession(theme, monday, monday.plusDays(4), SEED_SESSION_HOURS);
        session.setPlace(place);
        session.setOnlineLink(link);
        session.fileUnder(program);
        return session;
    }

    /** The School of Foreign Languages' workshop of this year: its members and two of other schools. */
    private void currentProgram(List<FacultyMember> members, LocalDate today) {
        FacultyMember first = members.get(0);
        CompetenceProgram program = new CompetenceProgram(today.getYear(),
                "国际化教学能力工作坊 Workshop on teaching in an international classroom",
                "外国语学院 School of Foreign Languages");
        program.setSchool(first.getSchool());
        program.setBudget(new BigDecimal("80000.00"));
        em.persist(program);

        CompetenceSession taught = new CompetenceSession("全英文课程设计 Designing courses taught in English",
                today.minusDays(30), today.minusDays(29), 16);
        taught.setPlace("外国语学院 301 School of Foreign Languages, room 301");
        taught.addLecturer("Rachel Owen", LecturerKind.FOREIGN, "University of Edinburgh");
        taught.fileUnder(program);
        em.persist(taught);
        CompetenceSession coming = new CompetenceSession("国际学术写作与发表 International academic writing and publishing",
                today.plusDays(20), today.plusDays(21), 16);
        coming.setOnlineLink("https://meeting.example.edu.cn/fl-workshop-2");
        coming.addLecturer("James Carter", LecturerKind.FOREIGN, "Monash University");
        coming.addLecturer("李文华", LecturerKind.INTERNAL, "本校外国语学院 School of Foreign Languages");
        coming.fileUnder(program);
        em.persist(coming);

        List<FacultyMember> joined = new java.util.ArrayList<>(members.stream()
                .filter(m -> m.getSchool().getId().equals(first.getSchool().getId())).toList());
        joined.add(members.get(1));
        joined.add(members.get(2));
        for (int i = 0; i < joined.size(); i++) {
            em.persist(new CompetenceEnrolment(program, joined.get(i), today.minusDays(45)));
            em.persist(new SessionAttendance(taught, joined.get(i), i % 5 == 4 ? 8 : 16));
        }
    }

    /** Seed 001's second English improvement class in three classes, and one class of this year still empty. */
    private void languageClasses(List<FacultyMember> members, LocalDate today) {
        LanguageClass management = languageClass(2020, "第二期教师英语提升班·管理人员班 English improvement class 2:"
                + " management staff", ClassLevel.MANAGEMENT_STAFF, 48, "Rachel Owen");
        LanguageClass basic = languageClass(2020, "第二期教师英语提升班·专任教师基础班 English improvement class 2:"
                + " full-time teachers, basic", ClassLevel.BASIC, 64, "Michael Grant");
        LanguageClass advanced = languageClass(2020, "第二期教师英语提升班·专任教师提高班 English improvement class 2:"
                + " full-time teachers, advanced", ClassLevel.ADVANCED, 64, "Helen Brooks");
        enrol(management, members.subList(100, 112));
        enrol(basic, members.subList(40, 60));
        enrol(advanced, members.subList(60, 76));

        LanguageClass japanese = new LanguageClass(today.getYear(), "日语入门班 Japanese for beginners", "日语 Japanese",
                ClassLevel.BASIC, today.plusDays(30), today.plusDays(90), 32);
        japanese.setTeacher("佐藤 由美 Yumi Sato");
        em.persist(japanese);
    }

    private LanguageClass languageClass(int year, String title, ClassLevel level, int hours, String teacher) {
        LanguageClass languageClass = new LanguageClass(year, title, "英语 English", level, LocalDate.of(year, 10, 12),
                LocalDate.of(year, 12, 18), hours);
        languageClass.setTeacher(teacher);
        em.persist(languageClass);
        return languageClass;
    }

    private void enrol(LanguageClass languageClass, List<FacultyMember> members) {
        for (int i = 0; i < members.size(); i++) {
            LanguageEnrolment enrolment = new LanguageEnrolment(languageClass, members.get(i));
            enrolment.setAttendedHours(languageClass.getHours() - (i % 4) * 4 - (i % 7 == 6 ? 20 : 0));
            em.persist(enrolment);
        }
    }

    /** 36 results, every fourth member: the university's own test, IELTS and TOEFL in turn. */
    private void assessments(List<FacultyMember> members) {
        for (int n = 0; n < 36; n++) {
            int i = n * 4;
            LanguageAssessment assessment = switch (n % 3) {
                case 0 -> {
                    BigDecimal score = BigDecimal.valueOf(52 + (i * 7) % 45);
                    yield new LanguageAssessment("大学英语教师能力测试 University English test for teachers",
                            LocalDate.of(2020, 12, 20), score, score.intValue() >= 60);
                }
                case 1 -> {
                    BigDecimal score = new BigDecimal("5.0").add(new BigDecimal("0.5").multiply(BigDecimal.valueOf(n % 8)));
                    yield new LanguageAssessment("IELTS Academic", LocalDate.of(2021, 3 + n % 9, 6), score,
                            score.compareTo(new BigDecimal("6.5")) >= 0);
                }
                default -> {
                    BigDecimal score = BigDecimal.valueOf(70 + (i * 3) % 40);
                    yield new LanguageAssessment("TOEFL iBT", LocalDate.of(2022, 1 + n % 11, 15), score,
                            score.intValue() >= 80);
                }
            };
            assessment.fileUnder(members.get(i));
            em.persist(assessment);
        }
    }
}
