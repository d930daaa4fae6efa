package org.cosqual.training.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of an attempt's log: what happened, when, and from which address and browser. */
@Entity
@Table(name = "attempt_event")
public class AttemptEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "attempt_id", nullable = false)
  private long attemptId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private AttemptEventKind kind;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false, length = 64)
  private String address;

  @Column(nullable = false, length = AttemptClient.BROWSER_MAX)
  private String browser;

  @Column(name = "session_key", nullable = false, length = 64)
  private String sessionKey;

  protected AttemptEvent() {}

  public AttemptEvent(long attemptId, AttemptEventKind kind, Instant at, AttemptClient client) {
    this.attemptId = attemptId;
    this.kind = kind;
    this.at = at;
    this.address = client.address();
    this.browser = client.browser();
    this.sessionKey = client.sessionKey();
  }

  public Long getId() {
    return id;
  }

  public long getAttemptId() {
    return attemptId;
  }

  public AttemptEventKind getKind() {
    return kind;
  }

  public Instant getAt() {
    return at;
  }

  public String getAddress() {
    return address;
  }

  public String getBrowser() {
    return browser;
  }

  public String getSessionKey() {
    return sessionKey;
  }
}
