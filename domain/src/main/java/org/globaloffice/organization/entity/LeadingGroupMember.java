package org.globaloffice.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A member of a school's foreign-affairs leading group (外事工作领导小组); one of them may chair it. */
@Embeddable
public class LeadingGroupMember {

    @NotBlank(message = "{leadingGroupMember.name.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Size(max = 100, message = "{field.tooLong}")
    @Column(name = "title", length = 100)
    private String title;

    @Column(name = "chair", nullable = false)
    private boolean chair;

    public LeadingGroupMember() {
    }

    public LeadingGroupMember(String name, String title, boolean chair) {
        this.name = name;
        this.title = title;
        this.chair = chair;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null || title.isBlank() ? null : title.strip();
    }

    public boolean isChair() {
        return chair;
    }

    public void setChair(boolean chair) {
        this.chair = chair;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LeadingGroupMember member && Objects.equals(name, member.name)
                && Objects.equals(title, member.title) && chair == member.chair;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, title, chair);
    }

    /** As the audit trail shows it. */
    @Override
    public String toString() {
        return name + (title == null ? "" : " (" + title + ")") + (chair ? " *" : "");
    }
}
