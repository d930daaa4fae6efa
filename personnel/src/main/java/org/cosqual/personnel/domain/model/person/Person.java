package org.cosqual.personnel.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A person needs a name");
    }
    this.name = name.strip();
    this.phone = blankToNull(phone);
    this.email = blankToNull(email);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
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
