package org.cosqual.personnel.domain.model.jurisdiction;

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

/**
 * A node of the province → city → county tree. The materialised {@code path} ("/1/4/9/") lets a
 * repository select a whole subtree with one indexed prefix match.
 */
@Entity
@Table(name = "jurisdiction_node")
@NamedQuery(
    name = "JurisdictionNode.findAll",
    query = "select j from JurisdictionNode j order by j.path")
@NamedQuery(
    name = "JurisdictionNode.findUnder",
    query = "select j from JurisdictionNode j where j.path like :prefix order by j.path")
@NamedQuery(
    name = "JurisdictionNode.findByCode",
    query = "select j from JurisdictionNode j where j.code = :code")
public class JurisdictionNode {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 12)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private JurisdictionLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private JurisdictionNode parent;

  @Column(nullable = false, length = 255)
  private String path = "";

  @Version private long version;

  protected JurisdictionNode() {}

  private JurisdictionNode(
      String code, String name, JurisdictionLevel level, JurisdictionNode parent) {
    this.code = requireText(code, "code");
    this.name = requireText(name, "name");
    this.level = Objects.requireNonNull(level);
    this.parent = parent;
  }

  public static JurisdictionNode province(String code, String name) {
    return new JurisdictionNode(code, name, JurisdictionLevel.PROVINCE, null);
  }

  /** A city under a province, or a county under a city. */
  public JurisdictionNode addChild(String code, String name) {
    return new JurisdictionNode(code, name, level.child(), this);
  }

  /** Sets the materialised path once the id is known (after the first flush). */
  public void assignPath() {
    if (id == null) {
      throw new IllegalStateException("The node has no id yet");
    }
    path = (parent == null ? "/" : parent.getPath()) + id + "/";
  }

  /** Whether a materialised path is a province's, the root of its tree ("/7/"). */
  public static boolean isProvincePath(String path) {
    return path.matches("/\\d+/");
  }

  /** Whether {@code other} is this node or lies beneath it. */
  public boolean contains(JurisdictionNode other) {
    if (path.isEmpty()) {
      throw new IllegalStateException("The node has no path yet");
    }
    return other.getPath().startsWith(path);
  }

  private static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value.strip();
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

  public JurisdictionLevel getLevel() {
    return level;
  }

  public JurisdictionNode getParent() {
    return parent;
  }

  public String getPath() {
    return path;
  }

  public long getVersion() {
    return version;
  }
}
