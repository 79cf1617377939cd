package org.globaloffice.audit.control;

/** Masks personal identifiers for screens, exports and the audit trail. */
public final class Masking {

    public static final String MASK = "••••";

    private Masking() {
    }

    /**
     * Keeps the last {@code visible} characters and replaces the rest with a fixed-width mask, so the mask
     * does not reveal the length either. A value no longer than {@code visible} is masked entirely.
     */
    public static String keepLast(String value, int visible) {
        if (value == null) {
            return null;
        }
        if (visible <= 0 || value.length() <= visible) {
            return MASK;
        }
        return MASK + value.substring(value.length() - visible);
    }
}
