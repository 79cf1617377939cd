package org.globaloffice.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.audit.control.FieldChange;
import org.globaloffice.audit.entity.AuditRecord;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.LeadingGroupMember;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.paging.Page;

/** The JSON shapes of the API: plain records, so entities never leak their internals. */
public final class Representations {

    private Representations() {
    }

    public record PageJson<T>(long total, int first, List<T> rows) {
        static <E, T> PageJson<T> of(Page<E> page, int first, java.util.function.Function<E, T> mapper) {
            return new PageJson<>(page.total(), first, page.rows().stream().map(mapper).toList());
        }
    }

    public record MemberJson(String name, String title, boolean chair) {
        static MemberJson of(LeadingGroupMember m) {
            return new MemberJson(m.getName(), m.getTitle(), m.isChair());
        }
    }

    public record SchoolJson(long id, String code, String nameZh, String nameEn, List<MemberJson> leadingGroup,
            long version, Instant updatedAt, String updatedBy) {
        static SchoolJson of(School s) {
            return new SchoolJson(s.getId(), s.getCode(), s.getName().getZh(), s.getName().getEn(),
                    s.getLeadingGroup().stream().map(MemberJson::of).toList(), s.getVersion(), s.getUpdatedAt(),
                    s.getUpdatedBy());
        }
    }

    public record DisciplineJson(long id, long schoolId, String schoolCode, String code, String nameZh, String nameEn,
            boolean keyDiscipline, long version) {
        static DisciplineJson of(Discipline d) {
            return new DisciplineJson(d.getId(), d.getSchool().getId(), d.getSchool().getCode(), d.getCode(),
                    d.getName().getZh(), d.getName().getEn(), d.isKeyDiscipline(), d.getVersion());
        }
    }

    public record MeJson(String username, String displayName, Set<String> roles, Long schoolId, String schoolCode) {
        static MeJson of(UserAccount u) {
            return new MeJson(u.getUsername(), u.getDisplayName(),
                    u.getRoles().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                    u.getSchool() == null ? null : u.getSchool().getId(),
                    u.getSchool() == null ? null : u.getSchool().getCode());
        }
    }

    public record AuditJson(long id, Instant occurredAt, String username, String entityType, String entityId, String action,
            List<FieldChange> changes) {
        static AuditJson of(AuditRecord a) {
            return new AuditJson(a.getId(), a.getOccurredAt(), a.getUsername(), a.getEntityType(), a.getEntityId(),
                    a.getAction().name(), a.getChanges());
        }
    }

    public record ErrorJson(int status, String error) {
    }
}
