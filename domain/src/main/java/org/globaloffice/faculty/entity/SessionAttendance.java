package org.globaloffice.faculty.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.globaloffice.platform.error.RuleViolationException;

/**
 * The hours of one session a participant attended: all of them for a full attendance, fewer for part of it.
 * A participant without a row for a session did not attend it.
 */
@Entity
@Table(name = "session_attendance")
public class SessionAttendance extends CompetenceRecord {

    @Id
    @SequenceGenerator(name = "session_attendance_seq", sequenceName = "session_attendance_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_attendance_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CompetenceSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private FacultyMember member;

    @Column(name = "hours", nullable = false)
    private int hours;

    protected SessionAttendance() {
    }

    public SessionAttendance(CompetenceSession session, FacultyMember member, int hours) {
        fileUnder(session.getProgram());
        this.session = session;
        this.member = member;
        setHours(hours);
    }

    @Override
    public Long getId() {
        return id;
    }

    public CompetenceSession getSession() {
        return session;
    }

    public FacultyMember getMember() {
        return member;
    }

    public int getHours() {
        return hours;
    }

    /** Between 0 and the session's hours: nobody attends more of a session than was taught. */
    public void setHours(int hours) {
        if (hours < 0 || hours > session.getHours()) {
            throw new RuleViolationException("hours", "attendance.hours.range", session.getHours());
        }
        this.hours = hours;
    }
}
