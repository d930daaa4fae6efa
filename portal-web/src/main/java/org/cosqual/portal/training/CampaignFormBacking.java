package org.cosqual.portal.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.portal.shell.PageActions;
import org.cosqual.portal.shell.PageMessages;
import org.cosqual.training.application.CampaignService;
import org.cosqual.training.application.CourseService;
import org.cosqual.training.application.QuestionBankService;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.CampaignKind;
import org.cosqual.training.domain.model.assessment.CampaignTerms;
import org.cosqual.training.domain.model.assessment.ListedQuestion;
import org.cosqual.training.domain.model.assessment.PaperKind;
import org.cosqual.training.domain.model.assessment.PaperRule;
import org.cosqual.training.domain.model.assessment.Quota;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.question.Question;
import org.cosqual.training.domain.model.question.QuestionFilter;
import org.cosqual.training.domain.model.question.QuestionStatus;
import org.cosqual.training.domain.model.question.QuestionType;

/**
 * Defining an annual assessment, a course quiz or a practice set, or revising its draft: the terms,
 * the positions (or the course), and the paper as quota rows drawn at random or as questions picked
 * from the bank. The form carries the version it was loaded at; a refused save keeps everything
 * typed.
 */
@Named("campaignForm")
@ViewScoped
public class CampaignFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many questions the picker lists at once; a narrower filter finds the rest. */
  static final int PICKER_ROWS = 200;

  @Inject transient CampaignService campaigns;
  @Inject transient QuestionBankService bank;
  @Inject transient CourseService courses;

  private String id;
  private Long campaignId;
  private long version;
  private CampaignKind kind = CampaignKind.ANNUAL;
  private Long courseId;
  private String title;
  private Integer year = LocalDate.now().getYear();
  private List<String> positionCodes =
      new ArrayList<>(List.of(KeyPosition.QUALITY_SAFETY_OFFICER.code()));
  private Integer timeLimitMinutes = 60;
  private LocalDate opensOn;
  private LocalDate closesOn;
  private Integer passMark = 60;
  private Integer attemptsAllowed = 2;
  private boolean showAnswers = true;
  private PaperKind paperKind = PaperKind.DRAW;
  private final List<QuotaRow> quotas = new ArrayList<>(List.of(new QuotaRow()));
  private String pickerText;
  private String pickerTopic;
  private List<PickedQuestion> pickable = List.of();
  private List<PickedQuestion> picked = new ArrayList<>();
  private Integer pointsEach = 10;

  public void load() {
    if (campaignId != null || id == null || id.isBlank()) {
      return;
    }
    PageActions.loadOrNotFound(campaigns::getCampaign, id).ifPresent(this::show);
  }

  private void show(Campaign campaign) {
    campaignId = campaign.getId();
    version = campaign.getVersion();
    kind = campaign.getKind();
    courseId = campaign.isCourseQuiz() ? campaign.getCourse().getId() : null;
    title = campaign.getTitle();
    year = campaign.getYear();
    positionCodes = campaign.getPositions().stream().map(KeyPosition::code).sorted().toList();
    timeLimitMinutes = campaign.getTimeLimitMinutes();
    opensOn = campaign.getOpensOn();
    closesOn = campaign.getClosesOn();
    passMark = campaign.getPassMark();
    attemptsAllowed = campaign.getAttemptsAllowed();
    showAnswers = campaign.isShowAnswers();
    PaperRule rule = campaign.getRule();
    paperKind = rule.getKind();
    quotas.clear();
    rule.getQuotas().forEach(q -> quotas.add(QuotaRow.of(q)));
    if (quotas.isEmpty()) {
      quotas.add(new QuotaRow());
    }
    picked = new ArrayList<>();
    for (ListedQuestion listed : rule.getListed()) {
      picked.add(PickedQuestion.of(bank.getQuestion(listed.getQuestionId())));
      pointsEach = listed.getPoints();
    }
  }

  public void addQuota() {
    quotas.add(new QuotaRow());
  }

  public void removeQuota(QuotaRow row) {
    quotas.remove(row);
  }

  /** Lists the active questions the picker's filter finds, besides those already picked. */
  public void findQuestions() {
    QuestionFilter filter =
        new QuestionFilter(pickerText, null, pickerTopic, null, null, QuestionStatus.ACTIVE);
    Set<Long> chosen = picked.stream().map(PickedQuestion::id).collect(Collectors.toSet());
    pickable =
        bank.findQuestions(filter, 0, PICKER_ROWS).stream()
            .filter(q -> !chosen.contains(q.getId()))
            .map(PickedQuestion::of)
            .toList();
  }

  public void pick(PickedQuestion question) {
    picked.add(question);
    pickable = pickable.stream().filter(q -> q.id() != question.id()).toList();
  }

  public void unpick(PickedQuestion question) {
    picked.removeIf(q -> q.id() == question.id());
  }

  public String save() {
    CampaignTerms terms =
        new CampaignTerms(
            title,
            year,
            positionCodes.stream().map(KeyPosition::new).collect(Collectors.toSet()),
            timeLimitMinutes,
            opensOn,
            closesOn,
            passMark,
            attemptsAllowed,
            showAnswers);
    Campaign[] saved = new Campaign[1];
    boolean done =
        PageActions.attempt(
            () -> {
              PaperRule rule = rule();
              saved[0] =
                  campaignId != null
                      ? campaigns.reviseCampaign(campaignId, version, terms, rule)
                      : define(terms, rule);
            });
    if (!done) {
      return null;
    }
    PageMessages.info("regulation_campaignForm.message.saved");
    PageMessages.keepForRedirect();
    return "/regulation/campaign.xhtml?faces-redirect=true&id=" + saved[0].getId();
  }

  private Campaign define(CampaignTerms terms, PaperRule rule) {
    return switch (kind) {
      case ANNUAL -> campaigns.defineCampaign(terms, rule);
      case COURSE_QUIZ -> campaigns.defineCourseQuiz(chosenCourse(), terms, rule);
      case PRACTICE -> campaigns.definePracticeSet(terms, rule);
    };
  }

  private long chosenCourse() {
    if (courseId == null) {
      throw new BusinessException("error.field.required", "training_campaign.course");
    }
    return courseId;
  }

  /** The courses taken online that ask for a quiz, for a new quiz. */
  public List<Course> getQuizCourses() {
    return courses.findManagedCourses().stream()
        .filter(c -> c.isQuizRequired() && c.getDelivery().isOnline())
        .toList();
  }

  public CampaignKind[] getKinds() {
    return CampaignKind.values();
  }

  public CampaignKind getKind() {
    return kind;
  }

  public void setKind(CampaignKind kind) {
    this.kind = kind;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  private PaperRule rule() {
    if (paperKind == PaperKind.FIXED) {
      int points = pointsEach == null ? 0 : pointsEach;
      return PaperRule.fixed(picked.stream().map(q -> new ListedQuestion(q.id(), points)).toList());
    }
    return PaperRule.draw(quotas.stream().map(QuotaRow::toQuota).toList());
  }

  public boolean isNew() {
    return campaignId == null;
  }

  public PaperKind[] getPaperKinds() {
    return PaperKind.values();
  }

  public List<QuotaRow> getQuotas() {
    return quotas;
  }

  public List<PickedQuestion> getPickable() {
    return pickable;
  }

  public List<PickedQuestion> getPicked() {
    return picked;
  }

  /** A question of the bank as the picker lists it. */
  public record PickedQuestion(
      long id, String stem, QuestionType type, String topicCode, int difficulty)
      implements Serializable {

    static PickedQuestion of(Question question) {
      return new PickedQuestion(
          question.getId(),
          question.getCurrentStem(),
          question.getType(),
          question.getTopic().getCode(),
          question.getDifficulty());
    }
  }

  /** A quota as the form edits it; empty fields are refused by the rule with their own message. */
  public static class QuotaRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String topicCode;
    private Integer difficulty = 3;
    private QuestionType type = QuestionType.SINGLE_CHOICE;
    private Integer count = 5;
    private Integer points = 2;

    static QuotaRow of(Quota quota) {
      QuotaRow row = new QuotaRow();
      row.topicCode = quota.getTopicCode();
      row.difficulty = quota.getDifficulty();
      row.type = quota.getType();
      row.count = quota.getCount();
      row.points = quota.getPoints();
      return row;
    }

    Quota toQuota() {
      return new Quota(
          topicCode == null ? "" : topicCode,
          difficulty == null ? 0 : difficulty,
          type,
          count == null ? 0 : count,
          points == null ? 0 : points);
    }

    public String getTopicCode() {
      return topicCode;
    }

    public void setTopicCode(String topicCode) {
      this.topicCode = topicCode;
    }

    public Integer getDifficulty() {
      return difficulty;
    }

    public void setDifficulty(Integer difficulty) {
      this.difficulty = difficulty;
    }

    public QuestionType getType() {
      return type;
    }

    public void setType(QuestionType type) {
      this.type = type;
    }

    public Integer getCount() {
      return count;
    }

    public void setCount(Integer count) {
      this.count = count;
    }

    public Integer getPoints() {
      return points;
    }

    public void setPoints(Integer points) {
      this.points = points;
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public List<String> getPositionCodes() {
    return positionCodes;
  }

  public void setPositionCodes(List<String> positionCodes) {
    this.positionCodes = positionCodes;
  }

  public Integer getTimeLimitMinutes() {
    return timeLimitMinutes;
  }

  public void setTimeLimitMinutes(Integer timeLimitMinutes) {
    this.timeLimitMinutes = timeLimitMinutes;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(LocalDate opensOn) {
    this.opensOn = opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(LocalDate closesOn) {
    this.closesOn = closesOn;
  }

  public Integer getPassMark() {
    return passMark;
  }

  public void setPassMark(Integer passMark) {
    this.passMark = passMark;
  }

  public Integer getAttemptsAllowed() {
    return attemptsAllowed;
  }

  public void setAttemptsAllowed(Integer attemptsAllowed) {
    this.attemptsAllowed = attemptsAllowed;
  }

  public boolean isShowAnswers() {
    return showAnswers;
  }

  public void setShowAnswers(boolean showAnswers) {
    this.showAnswers = showAnswers;
  }

  public PaperKind getPaperKind() {
    return paperKind;
  }

  public void setPaperKind(PaperKind paperKind) {
    this.paperKind = paperKind;
  }

  public String getPickerText() {
    return pickerText;
  }

  public void setPickerText(String pickerText) {
    this.pickerText = pickerText;
  }

  public String getPickerTopic() {
    return pickerTopic;
  }

  public void setPickerTopic(String pickerTopic) {
    this.pickerTopic = pickerTopic;
  }

  public Integer getPointsEach() {
    return pointsEach;
  }

  public void setPointsEach(Integer pointsEach) {
    this.pointsEach = pointsEach;
  }
}
