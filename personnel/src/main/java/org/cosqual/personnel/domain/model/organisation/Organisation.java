package org.cosqual.personnel.domain.model.organisation;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;

/**
 * A regulator unit, an enterprise or an industry association, hanging under a jurisdiction node.
 * The enterprise's registered fields (credit code, licence) belong in an aggregate of their own
 * that refers to this row.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(
    name = "Organisation.findByCode",
    query = "select o from Organisation o where o.code = :code")
@NamedQuery(
    name = "Organisation.findInSubtree",
    query =
        "select o from Organisation o join fetch o.jurisdiction j where j.path like :pathPrefix"
            + " order by j.path, o.kind, o.name")
@NamedQuery(
    name = "Organisation.findInSubtreeByKind",
    query =
        "select o from Organisation o join fetch o.jurisdiction j where j.path like :pathPrefix"
            + " and o.kind = :kind order by j.path, o.name")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 32)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OrganisationKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "jurisdiction_id", nullable = false)
  private JurisdictionNode jurisdiction;

  @Version private long version;

  protected Organisation() {}

  public Organisation(
      String code, String name, OrganisationKind kind, JurisdictionNode jurisdiction) {
    if (code == null || code.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("An organisation needs a code and a name");
    }
    this.code = code.strip();
    this.name = name.strip();
    this.kind = Objects.requireNonNull(kind);
    this.jurisdiction = Objects.requireNonNull(jurisdiction);
  }

  /** A new name; the owning aggregate (e.g. the enterprise register) has checked it. */
  public void rename(String newName) {
    if (newName == null || newName.isBlank()) {
      throw new IllegalArgumentException("An organisation needs a name");
    }
    name = newName.strip();
  }

  public void moveTo(JurisdictionNode newJurisdiction) {
    jurisdiction = Objects.requireNonNull(newJurisdiction);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public JurisdictionNode getJurisdiction() {
    return jurisdiction;
  }

  public long getVersion() {
    return version;
  }
}
