package org.globaloffice.partner.entity;

/** What kind of body a partner is. */
public enum InstitutionType {
    UNIVERSITY, RESEARCH_INSTITUTE, ENTERPRISE, INTERNATIONAL_ORGANISATION
}
