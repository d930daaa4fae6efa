package org.cosqual.personnel.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cosqual.personnel.domain.shared.Fields;

/** A natural person the system knows: a regulator or an enterprise's key staff. */
@Entity
@Table(name = "person")
public class Person {

  public static final int NAME_MAX = 50;
  public static final int PHONE_MAX = 20;
  public static final int EMAIL_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(length = PHONE_MAX)
  private String phone;

  @Column(length = EMAIL_MAX)
  private String email;

  @Version private long version;

  protected Person() {}

  public Person(String name, String phone, String email) {
    this.name = Fields.required(name, "general.personName", NAME_MAX);
    this.phone = Fields.optional(phone, "general.phone", PHONE_MAX);
    this.email = Fields.optional(email, "general.email", EMAIL_MAX);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public long getVersion() {
    return version;
  }
}
