package org.cosqual.training.domain.model.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** That a learner opened a course material: the first time only counts. */
@Entity
@Table(name = "material_opening")
@IdClass(MaterialOpening.Key.class)
public class MaterialOpening {

  /** The learner and the material. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private long personId;
    private long materialId;

    public Key() {}

    public Key(long personId, long materialId) {
      this.personId = personId;
      this.materialId = materialId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.personId == personId && key.materialId == materialId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(personId, materialId);
    }
  }

  @Id
  @Column(name = "person_id")
  private long personId;

  @Id
  @Column(name = "material_id")
  private long materialId;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  protected MaterialOpening() {}

  public MaterialOpening(long personId, long materialId, Instant openedAt) {
    this.personId = personId;
    this.materialId = materialId;
    this.openedAt = openedAt;
  }

  public long getPersonId() {
    return personId;
  }

  public long getMaterialId() {
    return materialId;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
