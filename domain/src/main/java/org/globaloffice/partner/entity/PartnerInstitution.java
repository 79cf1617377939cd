package org.globaloffice.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * A foreign institution the university works with: the shared record that cooperative programs name as their
 * partners (and, later, agreements and exchanges). Not owned by a school: the office keeps the list, everybody reads
 * it. The name in its own language and country identify it.
 */
@Entity
@Table(name = "partner_institution")
@NamedQuery(name = PartnerInstitution.BY_NAME, query = "select p from PartnerInstitution p"
        + " where p.country = :country and lower(p.nameOriginal) = :name")
@NamedQuery(name = PartnerInstitution.ALL, query = "select p from PartnerInstitution p order by p.country, p.nameOriginal")
public class PartnerInstitution extends BusinessRecord {

    public static final String BY_NAME = "PartnerInstitution.byName";
    public static final String ALL = "PartnerInstitution.all";

    @Id
    @SequenceGenerator(name = "partner_institution_seq", sequenceName = "partner_institution_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_institution_seq")
    private Long id;

    @NotBlank(message = "{partner.nameOriginal.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "name_original", nullable = false, length = 200)
    private String nameOriginal;

    @NotBlank(message = "{name.zh.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @NotBlank(message = "{partner.country.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{expert.nationality.pattern}")
    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @NotNull(message = "{partner.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "institution_type", nullable = false, length = 32)
    private InstitutionType type = InstitutionType.UNIVERSITY;

    @Size(max = 100, message = "{field.tooLong}")
    @Column(name = "city", length = 100)
    private String city;

    @Size(max = 300, message = "{field.tooLong}")
    @Pattern(regexp = "https?://\\S+", message = "{partner.website.pattern}")
    @Column(name = "website", length = 300)
    private String website;

    public PartnerInstitution() {
    }

    public PartnerInstitution(String nameOriginal, String nameZh, String country, InstitutionType type) {
        setNameOriginal(nameOriginal);
        setNameZh(nameZh);
        setCountry(country);
        this.type = type;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getNameOriginal() {
        return nameOriginal;
    }

    public void setNameOriginal(String nameOriginal) {
        this.nameOriginal = nameOriginal == null ? null : nameOriginal.strip();
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh == null ? null : nameZh.strip();
    }

    public String getCountry() {
        return country;
    }

    /** ISO 3166 alpha-2, kept in capitals whatever was typed. */
    public void setCountry(String country) {
        this.country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city == null || city.isBlank() ? null : city.strip();
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website == null || website.isBlank() ? null : website.strip();
    }
}
