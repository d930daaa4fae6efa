package org.cosqual.personnel.domain.model.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A notice for a person: a bundle key with its arguments, so each reader sees it in their own
 * language, and when it was posted and read.
 */
@Entity
@Table(name = "notice")
@NamedQuery(
    name = "Notice.findByRecipient",
    query =
        "select n from Notice n where n.recipientId = :personId"
            + " order by n.readAt, n.createdAt desc, n.id desc")
@NamedQuery(
    name = "Notice.countUnread",
    query = "select count(n) from Notice n where n.recipientId = :personId and n.readAt is null")
public class Notice {

  /** Separates the arguments in their column; no argument contains it. */
  private static final String SEPARATOR = "\u001f";

  public static final int ARGUMENTS_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long recipientId;

  @Column(name = "message_key", nullable = false, length = 100)
  private String messageKey;

  @Column(name = "message_args", nullable = false, length = ARGUMENTS_MAX)
  private String messageArgs;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Version private long version;

  protected Notice() {}

  public Notice(long recipientId, String messageKey, List<String> arguments, Instant createdAt) {
    String joined = String.join(SEPARATOR, arguments);
    if (joined.length() > ARGUMENTS_MAX) {
      throw new IllegalArgumentException("notice arguments longer than " + ARGUMENTS_MAX);
    }
    this.recipientId = recipientId;
    this.messageKey = Objects.requireNonNull(messageKey);
    this.messageArgs = joined;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Marks it read; reading it again keeps the first time. */
  public void read(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public boolean isUnread() {
    return readAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getRecipientId() {
    return recipientId;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public List<String> getMessageArgs() {
    return messageArgs.isEmpty() ? List.of() : Arrays.asList(messageArgs.split(SEPARATOR, -1));
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public long getVersion() {
    return version;
  }
}
