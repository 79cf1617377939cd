package org.globaloffice.web.view.faculty;

import org.globaloffice.faculty.entity.FacultyMember;

/**
 * How the faculty pages show a member in a field that suggests members as a staff number or name is typed, and
 * read the staff number back from what was typed or chosen: "T2021001 王伟 · FL".
 */
final class MemberChoice {

    private MemberChoice() {
    }

    static String label(FacultyMember member) {
        return member.getStaffNumber() + " " + member.displayName() + " · " + member.getSchool().getCode();
    }

    /** The staff number a typed text or a chosen suggestion starts with; null for nothing typed. */
    static String staffNumberOf(String text) {
        return text == null || text.isBlank() ? null : text.strip().split("\\s+")[0];
    }
}
