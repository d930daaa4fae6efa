package org.cosqual.training.domain.model.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.cosqual.personnel.domain.model.person.Person;

/** A person's place in a session, and whether the organiser recorded them as present. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private Session session;

  @ManyToOne(optional = false)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @Column(name = "self_enrolled", nullable = false)
  private boolean selfEnrolled;

  @Column(name = "enrolled_by", nullable = false, length = 64)
  private String enrolledBy;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Attendance attendance;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Version private long version;

  protected Enrolment() {}

  Enrolment(Session session, Person person, boolean selfEnrolled, String by, Instant at) {
    this.session = session;
    this.person = person;
    this.selfEnrolled = selfEnrolled;
    this.enrolledBy = by;
    this.enrolledAt = at;
    this.attendance = Attendance.ENROLLED;
  }

  void record(Attendance recorded, String by, Instant at) {
    this.attendance = recorded;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public boolean isAttended() {
    return attendance == Attendance.ATTENDED;
  }

  public Long getId() {
    return id;
  }

  public Session getSession() {
    return session;
  }

  public Person getPerson() {
    return person;
  }

  public boolean isSelfEnrolled() {
    return selfEnrolled;
  }

  public String getEnrolledBy() {
    return enrolledBy;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public Attendance getAttendance() {
    return attendance;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public long getVersion() {
    return version;
  }
}
