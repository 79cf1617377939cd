package org.globaloffice.reporting.benchmark;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.globaloffice.foreignteacher.control.Degree;
import org.globaloffice.foreignteacher.control.PermitCategory;
import org.globaloffice.foreignteacher.control.RecruitmentStage;
import org.globaloffice.reporting.foreignteacher.RosterReportRow;

/**
 * Roster rows made up one at a time, the same on every run: Latin and Chinese names, schools, dates around today,
 * some fields empty. Nothing is kept, like rows streamed from the database.
 */
final class SyntheticRoster implements Iterator<RosterReportRow> {

    private static final String[] GIVEN = {"John", "Anna-Maria", "Olivier", "Yuki", "Svetlana", "Mohammed", "Chloé",
            "Lars", "Isabella", "Kwame", "Siobhán", "Mateo"};
    private static final String[] FAMILY = {"Smith", "Schneider-López", "Dubois", "Tanaka", "Ivanova", "Al-Farsi",
            "Martin", "Johansson", "Rossi", "Mensah", "O'Brien", "García"};
    private static final String[] CHINESE = {"史密斯", "安娜", "奥利维", "由纪", "斯维塔", "穆罕默德", "克洛伊", "拉尔斯", "伊莎贝拉",
            "夸梅", null, "马特奥"};
    private static final String[] NATIONALITY = {"GB", "DE", "FR", "JP", "RU", "EG", "CA", "SE", "IT", "GH", "IE",
            "ES"};
    private static final String[] SCHOOL = {"外国语学院", "计算机科学与技术学院", "经济管理学院", "机械工程学院", "艺术学院",
            "School of International Education", "化学与材料学院", "数学与统计学院"};
    private static final String[] POSITION = {"英语外教", "Lecturer in Economics", "客座教授", "Visiting Researcher",
            "German Teacher", "=Senior Lecturer"};
    private static final LocalDate ORIGIN = LocalDate.of(2026, 3, 5);

    private final int count;
    private int made;

    SyntheticRoster(int count) {
        this.count = count;
    }

    @Override
    public boolean hasNext() {
        return made < count;
    }

    @Override
    public RosterReportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int i = made++;
        // a cheap, fixed mixing of the index, so neighbouring rows differ in every column
        int h = i * 0x9E3779B1;
        int a = (h >>> 8) & 0xFFFF;
        int b = (h >>> 16) & 0x7FFF;
        LocalDate start = ORIGIN.minusDays(a % 900);
        LocalDate end = start.plusYears(1).minusDays(1);
        boolean papers = a % 11 != 0;
        return new RosterReportRow(GIVEN[a % GIVEN.length] + " " + FAMILY[b % FAMILY.length] + " " + i,
                CHINESE[b % CHINESE.length], NATIONALITY[a % NATIONALITY.length],
                "••••" + (1000 + b % 9000), SCHOOL[(a + b) % SCHOOL.length],
                PermitCategory.values()[a % 4], RecruitmentStage.values()[b % 7], Degree.values()[(a >> 3) % 5],
                POSITION[b % POSITION.length], start, end, papers ? "WP" + (2020 + a % 7) + "-" + i : null,
                papers ? end : null, papers ? start.plusDays(b % 500) : null, papers ? start.plusDays(30) : null);
    }
}
