package org.globaloffice.partner.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.globaloffice.partner.entity.PartnerInstitution;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.platform.security.Role;

/**
 * Partner institutions: a list the whole university shares. Every role reads it; the office and the schools'
 * liaisons add and correct entries (a liaison setting up a program needs its partner); only the office or an
 * administrator removes one, and only while nothing names it.
 */
@Stateless
public class Partners {

    static final Set<String> FILTERABLE = Set.of("nameOriginal", "nameZh", "country", "type", "city");

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Page<PartnerInstitution> page(PageRequest request) {
        return new CriteriaPage<>(em, PartnerInstitution.class, FILTERABLE, FILTERABLE, "nameOriginal", true)
                .fetch(request);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<PartnerInstitution> all() {
        return em.createNamedQuery(PartnerInstitution.ALL, PartnerInstitution.class).getResultList();
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public PartnerInstitution find(Long id) {
        PartnerInstitution partner = id == null ? null : em.find(PartnerInstitution.class, id);
        if (partner == null) {
            throw new RecordNotFoundException("PartnerInstitution", id);
        }
        return partner;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public PartnerInstitution save(PartnerInstitution partner) {
        ensureNameFree(partner);
        PartnerInstitution saved;
        if (partner.isNew()) {
            em.persist(partner);
            saved = partner;
        } else {
            Versions.ensureCurrent(find(partner.getId()), partner.getVersion());
            saved = em.merge(partner);
        }
        em.flush();
        return saved;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE})
    public void delete(Long id, long version) {
        PartnerInstitution partner = find(id);
        Versions.ensureCurrent(partner, version);
        long programs = em.createQuery("select count(p) from CooperativeProgram p join p.partners x where x.id = :id",
                Long.class).setParameter("id", id).getSingleResult();
        if (programs > 0) {
            throw new RuleViolationException(null, "partner.inUse", programs);
        }
        em.remove(partner);
        em.flush();
    }

    private void ensureNameFree(PartnerInstitution partner) {
        em.createNamedQuery(PartnerInstitution.BY_NAME, PartnerInstitution.class)
                .setParameter("country", partner.getCountry())
                .setParameter("name", partner.getNameOriginal() == null ? "" : partner.getNameOriginal()
                        .toLowerCase(Locale.ROOT))
                .getResultStream().filter(other -> !other.getId().equals(partner.getId())).findFirst()
                .ifPresent(other -> {
                    throw new DuplicateValueException("nameOriginal", partner.getNameOriginal());
                });
    }
}
