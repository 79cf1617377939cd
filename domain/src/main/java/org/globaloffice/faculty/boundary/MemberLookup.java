package org.globaloffice.faculty.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * Finds the faculty members a caller may name when enrolling someone or filing a result: by id, by staff number, or
 * as suggestions while a staff number or name is typed. A caller bound to a school finds only that school's
 * members; any other member is "not found".
 */
@Stateless
public class MemberLookup {

    static final int MAX_SUGGESTIONS = 10;

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public FacultyMember find(Long id) {
        FacultyMember member = id == null ? null : em.find(FacultyMember.class, id);
        if (member == null || !callers.current().mayAccessSchool(member.getSchool().getId())) {
            throw new RecordNotFoundException("FacultyMember", id);
        }
        return member;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public FacultyMember byStaffNumber(String staffNumber) {
        String key = FacultyMember.staffNumberKey(staffNumber);
        return (key == null || key.isEmpty() ? List.<FacultyMember>of()
                : em.createNamedQuery(FacultyMember.BY_STAFF_NUMBER, FacultyMember.class)
                        .setParameter("staffNumber", key).getResultList()).stream()
                .filter(m -> callers.current().mayAccessSchool(m.getSchool().getId())).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("FacultyMember", staffNumber));
    }

    /**
     * Active members of the caller's scope whose staff number starts with the text or whose name contains it, in
     * staff-number order, at most {@value #MAX_SUGGESTIONS}.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<FacultyMember> suggest(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String typed = escape(text.strip());
        Long school = callers.current().schoolId();
        TypedQuery<FacultyMember> query = em.createQuery("select m from FacultyMember m where m.active = :active"
                + " and (m.staffNumber like :prefix escape '\\' or m.chineseName like :part escape '\\'"
                + " or lower(m.englishName) like :lowerPart escape '\\')"
                + (school == null ? "" : " and m.school.id = :school") + " order by m.staffNumber", FacultyMember.class)
                .setParameter("active", true)
                .setParameter("prefix", typed.toUpperCase(Locale.ROOT) + "%")
                .setParameter("part", "%" + typed + "%")
                .setParameter("lowerPart", "%" + typed.toLowerCase(Locale.ROOT) + "%");
        if (school != null) {
            query.setParameter("school", school);
        }
        return query.setMaxResults(MAX_SUGGESTIONS).getResultList();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
