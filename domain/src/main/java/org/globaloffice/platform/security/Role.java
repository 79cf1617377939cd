package org.globaloffice.platform.security;

/**
 * The roles of {@code shared/domain.md}. The constants in {@link Name} are for {@code @RolesAllowed}.
 */
public enum Role {
    /** University IT: users, roles, schools, reference data, settings. */
    ADMIN,
    /** International Cooperation &amp; Exchange Office: everything in every school; approves. */
    OFFICE,
    /** A second-level school's foreign-affairs liaison: records of their own school only. */
    LIAISON,
    /** A school's or the university's foreign-affairs leading group: reads its scope, approves or rejects. */
    LEADER,
    /** Internal audit and municipal assessors: reads everything, changes nothing, sees no identifier unmasked. */
    AUDITOR;

    public static final class Name {
        public static final String ADMIN = "ADMIN";
        public static final String OFFICE = "OFFICE";
        public static final String LIAISON = "LIAISON";
        public static final String LEADER = "LEADER";
        public static final String AUDITOR = "AUDITOR";

        private Name() {
        }
    }
}
