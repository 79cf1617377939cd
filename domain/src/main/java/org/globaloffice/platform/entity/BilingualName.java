package org.globaloffice.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;

/**
 * A name in Chinese and in English, both required (schools, disciplines, and later partners and programs), shown in
 * the reader's language. Blanks around either are dropped.
 */
@Embeddable
public class BilingualName {

    @NotBlank(message = "{name.zh.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Column(name = "name_zh", nullable = false, length = 100)
    private String zh;

    @NotBlank(message = "{name.en.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "name_en", nullable = false, length = 200)
    private String en;

    public BilingualName() {
    }

    public BilingualName(String zh, String en) {
        setZh(zh);
        setEn(en);
    }

    public String getZh() {
        return zh;
    }

    public void setZh(String zh) {
        this.zh = zh == null ? null : zh.strip();
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en == null ? null : en.strip();
    }

    /** Chinese for a Chinese reader, English for everyone else. */
    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BilingualName name && Objects.equals(zh, name.zh) && Objects.equals(en, name.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zh, en);
    }

    @Override
    public String toString() {
        return zh + " / " + en;
    }
}
