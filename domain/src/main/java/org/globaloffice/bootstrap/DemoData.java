package org.globaloffice.bootstrap;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.globaloffice.account.control.PasswordHasher;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.LeadingGroupMember;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.security.Role;

/**
 * A demo university: twelve second-level schools with their disciplines (codes of the national discipline
 * catalogue, some of them key disciplines) and leading groups, and one account per role. The demo password of an
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
        LOG.info("GlobalOffice loaded the demo university: " + SCHOOLS.size() + " schools and 5 demo accounts");
    }

    private void account(String username, String displayName, EnumSet<Role> roles, School school) {
        UserAccount account = new UserAccount(username, displayName, roles, school);
        account.changePasswordHash(hasher.hash(username + PASSWORD_SUFFIX));
        em.persist(account);
    }
}
