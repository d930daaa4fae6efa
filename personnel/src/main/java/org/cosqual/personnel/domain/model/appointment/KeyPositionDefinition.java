package org.cosqual.personnel.domain.model.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;

/**
 * What the province calls a key position and how the archive treats it. The five positions of the
 * regulations are built in: their codes are fixed and the rules of the legal representative and the
 * quality safety officer (one holder, one-licence-one-person, the qualification check) hang on
 * them. Positions the province adds can be renamed, made single-holder and retired; a retired one
 * takes no new appointments but stays on every record that names it.
 */
@Entity
@Table(name = "key_position")
@NamedQuery(
    name = "KeyPositionDefinition.findAll",
    query = "select k from KeyPositionDefinition k order by k.sortOrder, k.code")
public class KeyPositionDefinition {

  public static final int NAME_MAX = 40;
  public static final int ENGLISH_NAME_MAX = 80;

  @Id
  @Column(length = 32)
  private String code;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "english_name", length = ENGLISH_NAME_MAX)
  private String englishName;

  @Column(name = "single_holder", nullable = false)
  private boolean singleHolder;

  @Column(name = "built_in", nullable = false)
  private boolean builtIn;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Version private long version;

  protected KeyPositionDefinition() {}

  private KeyPositionDefinition(KeyPosition position, boolean builtIn, int sortOrder) {
    this.code = position.code();
    this.builtIn = builtIn;
    this.sortOrder = sortOrder;
    this.active = true;
  }

  /** A position the province adds, after the ones there are. */
  public static KeyPositionDefinition added(
      KeyPosition position, String name, String englishName, boolean singleHolder, int sortOrder) {
    KeyPositionDefinition definition = new KeyPositionDefinition(position, false, sortOrder);
    definition.describe(name, englishName);
    definition.singleHolder = singleHolder;
    return definition;
  }

  /** One of the positions the regulations name, as the first migration stores them. */
  public static KeyPositionDefinition builtIn(
      KeyPosition position, String name, boolean singleHolder, int sortOrder) {
    KeyPositionDefinition definition = new KeyPositionDefinition(position, true, sortOrder);
    definition.describe(name, null);
    definition.singleHolder = singleHolder;
    return definition;
  }

  public void describe(String name, String englishName) {
    this.name = Fields.required(name, "keyPosition.name", NAME_MAX);
    this.englishName = Fields.optional(englishName, "keyPosition.englishName", ENGLISH_NAME_MAX);
  }

  /** Whether an enterprise has at most one current holder; fixed for the built-in positions. */
  public void holdOnlyOne(boolean single) {
    if (builtIn && single != singleHolder) {
      throw new BusinessException("error.keyPosition.builtIn", name);
    }
    this.singleHolder = single;
  }

  public void retire() {
    if (builtIn) {
      throw new BusinessException("error.keyPosition.builtIn", name);
    }
    active = false;
  }

  public void reinstate() {
    active = true;
  }

  /** The name in the reader's language: the English one where there is one and asked for. */
  public String nameIn(Locale locale) {
    boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    return english && englishName != null ? englishName : name;
  }

  public KeyPosition position() {
    return new KeyPosition(code);
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getEnglishName() {
    return englishName;
  }

  public boolean isSingleHolder() {
    return singleHolder;
  }

  public boolean isBuiltIn() {
    return builtIn;
  }

  public boolean isActive() {
    return active;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public long getVersion() {
    return version;
  }
}
