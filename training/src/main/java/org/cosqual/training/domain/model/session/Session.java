package org.cosqual.training.domain.model.session;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.Fields;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.course.WebAddress;

/**
 * A session (training class): a dated delivery of a published course, with a place or a link and a
 * capacity, organised by a regulator unit. People enrol themselves (when the session allows it and
 * has not begun) or are assigned; the organiser records who attended.
 */
@Entity
@Table(name = "training_session")
public class Session {

  public static final int PLACE_MAX = 200;
  public static final int LINK_MAX = 500;
  public static final int CAPACITY_MAX = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "course_id", nullable = false)
  private Course course;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Column(length = PLACE_MAX)
  private String place;

  @Column(length = LINK_MAX)
  private String link;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "self_enrolment", nullable = false)
  private boolean selfEnrolment;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organiser_org_id", nullable = false)
  private Organisation organiser;

  @Column(name = "planned_by", nullable = false, length = 64)
  private String plannedBy;

  @Column(name = "planned_at", nullable = false)
  private Instant plannedAt;

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL)
  @OrderBy("enrolledAt")
  private List<Enrolment> enrolments = new ArrayList<>();

  @Version private long version;

  protected Session() {}

  /**
   * @param now the session may not begin in the past
   * @throws BusinessException for a course not published, no place and no link, an end not after
   *     the start, a start in the past or a capacity out of 1–{@value #CAPACITY_MAX}
   */
  public Session(
      Course course,
      SessionPlan plan,
      Organisation organiser,
      String by,
      Instant at,
      LocalDateTime now) {
    if (!course.isPublished()) {
      throw new BusinessException("error.course.notPublished");
    }
    this.course = course;
    this.organiser = Objects.requireNonNull(organiser);
    this.plannedBy = by;
    this.plannedAt = at;
    if (plan.startsAt() == null) {
      throw new BusinessException("error.field.required", "training_session.startsAt");
    }
    if (plan.endsAt() == null) {
      throw new BusinessException("error.field.required", "training_session.endsAt");
    }
    if (!plan.endsAt().isAfter(plan.startsAt())) {
      throw new BusinessException("error.session.endBeforeStart");
    }
    if (plan.startsAt().isBefore(now)) {
      throw new BusinessException("error.session.past");
    }
    this.startsAt = plan.startsAt();
    this.endsAt = plan.endsAt();
    this.place = Fields.optional(plan.place(), "training_session.place", PLACE_MAX);
    this.link = WebAddress.check(plan.link(), "training_session.link", LINK_MAX, false);
    if (place == null && link == null) {
      throw new BusinessException("error.session.placeOrLink");
    }
    if (plan.capacity() == null || plan.capacity() < 1 || plan.capacity() > CAPACITY_MAX) {
      throw new BusinessException("error.session.capacity", CAPACITY_MAX);
    }
    this.capacity = plan.capacity();
    this.selfEnrolment = plan.selfEnrolment();
  }

  /**
   * Enrols a person. A self-enrolment needs a session that allows it and has not begun; nobody is
   * enrolled into a full session or twice.
   */
  public Enrolment enrol(Person person, boolean self, String by, Instant at, LocalDateTime now) {
    if (!course.isPublished()) {
      throw new BusinessException("error.course.notPublished");
    }
    if (self && !selfEnrolment) {
      throw new BusinessException("error.session.assignedOnly");
    }
    if (self && !startsAt.isAfter(now)) {
      throw new BusinessException("error.session.begun");
    }
    if (enrolmentOf(person.getId()).isPresent()) {
      throw new BusinessException("error.session.alreadyEnrolled", person.getName());
    }
    if (isFull()) {
      throw new BusinessException("error.session.full", capacity);
    }
    Enrolment enrolment = new Enrolment(this, person, self, by, at);
    enrolments.add(enrolment);
    return enrolment;
  }

  /**
   * Records whether an enrolled person attended, once the session has begun.
   *
   * @return the enrolment
   * @throws BusinessException for a person not enrolled, a session still to come, or an absence of
   *     someone whose attendance has credited hours already
   */
  public Enrolment recordAttendance(
      long personId, boolean attended, String by, Instant at, LocalDateTime now) {
    Enrolment enrolment =
        enrolmentOf(personId).orElseThrow(() -> new BusinessException("error.session.notEnrolled"));
    if (startsAt.isAfter(now)) {
      throw new BusinessException("error.session.notBegun");
    }
    if (enrolment.isAttended() && !attended) {
      throw new BusinessException("error.session.attendanceCredited", person(enrolment));
    }
    enrolment.record(attended ? Attendance.ATTENDED : Attendance.ABSENT, by, at);
    return enrolment;
  }

  private static String person(Enrolment enrolment) {
    return enrolment.getPerson().getName();
  }

  public Optional<Enrolment> enrolmentOf(long personId) {
    return enrolments.stream().filter(e -> e.getPerson().getId().equals(personId)).findFirst();
  }

  public boolean isFull() {
    return enrolments.size() >= capacity;
  }

  public int getFreePlaces() {
    return Math.max(0, capacity - enrolments.size());
  }

  /** The day its attendance is credited on. */
  public LocalDate getDay() {
    return startsAt.toLocalDate();
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public String getPlace() {
    return place;
  }

  public String getLink() {
    return link;
  }

  public int getCapacity() {
    return capacity;
  }

  public boolean isSelfEnrolment() {
    return selfEnrolment;
  }

  public Organisation getOrganiser() {
    return organiser;
  }

  public String getPlannedBy() {
    return plannedBy;
  }

  public Instant getPlannedAt() {
    return plannedAt;
  }

  public List<Enrolment> getEnrolments() {
    return List.copyOf(enrolments);
  }

  public long getVersion() {
    return version;
  }
}
