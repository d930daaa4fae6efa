package org.cosqual.training.domain.model.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cosqual.personnel.domain.shared.Fields;

/** One material of a course: an uploaded PDF or a link to a video, in the course's order. */
@Entity
@Table(name = "course_material")
public class CourseMaterial {

  public static final int TITLE_MAX = 200;
  public static final int URL_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "course_id", nullable = false)
  private Course course;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private MaterialKind kind;

  @Column(name = "file_id")
  private Long fileId;

  @Column(length = URL_MAX)
  private String url;

  protected CourseMaterial() {}

  private CourseMaterial(Course course, int position, String title, MaterialKind kind) {
    this.course = course;
    this.position = position;
    this.title = Fields.required(title, "training_course.materialTitle", TITLE_MAX);
    this.kind = kind;
  }

  static CourseMaterial file(Course course, int position, String title, long fileId) {
    CourseMaterial material = new CourseMaterial(course, position, title, MaterialKind.FILE);
    material.fileId = fileId;
    return material;
  }

  /** A link to a video. */
  static CourseMaterial link(Course course, int position, String title, String url) {
    CourseMaterial material = new CourseMaterial(course, position, title, MaterialKind.LINK);
    material.url = WebAddress.check(url, "training_course.materialUrl", URL_MAX, true);
    return material;
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public MaterialKind getKind() {
    return kind;
  }

  public Long getFileId() {
    return fileId;
  }

  public String getUrl() {
    return url;
  }
}
