package org.cosqual.training.domain.model.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A reminder sent to a person for a month: recorded before it is sent, once per person, month and
 * kind (a unique key), so that a restart or a second node never sends it again.
 */
@Entity
@Table(name = "training_reminder")
@NamedQuery(
    name = "SentReminder.findByMonth",
    query =
        "select r from SentReminder r where r.year = :year and r.month = :month"
            + " order by r.kind, r.personId")
public class SentReminder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "year_no", nullable = false)
  private int year;

  @Column(name = "month_no", nullable = false)
  private int month;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ReminderKind kind;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  /** Empty while the mail is on its way, or when the node sending it stopped before it knew. */
  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private MailOutcome mail;

  @Version private long version;

  protected SentReminder() {}

  public SentReminder(long personId, ReminderMonth month, ReminderKind kind, Instant sentAt) {
    this.personId = personId;
    this.year = month.year();
    this.month = month.month();
    this.kind = kind;
    this.sentAt = sentAt;
  }

  public Long getId() {
    return id;
  }

  public long getPersonId() {
    return personId;
  }

  public ReminderMonth getMonth() {
    return new ReminderMonth(year, month);
  }

  public ReminderKind getKind() {
    return kind;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public MailOutcome getMail() {
    return mail;
  }
}
