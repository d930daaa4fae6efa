package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cosqual.personnel.application.AuditTrail;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.KeyPositionService;
import org.cosqual.personnel.domain.model.account.Permission;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.personnel.domain.model.audit.AuditAction;
import org.cosqual.personnel.domain.model.audit.AuditRecord;
import org.cosqual.personnel.domain.shared.BusinessException;
import org.cosqual.personnel.domain.shared.NotFoundException;
import org.cosqual.personnel.domain.shared.StaleVersionException;
import org.cosqual.training.application.CampaignService;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.CampaignRepository;
import org.cosqual.training.domain.model.assessment.CampaignTerms;
import org.cosqual.training.domain.model.assessment.Enrolment;
import org.cosqual.training.domain.model.assessment.PaperRule;
import org.cosqual.training.domain.model.assessment.QuestionPool;
import org.cosqual.training.domain.model.course.Course;
import org.cosqual.training.domain.model.course.CourseRepository;

/**
 * Campaigns belong to the subtree of the administrator who defined them; only a province-wide
 * administrator defines and opens them, and anyone with the regulation view follows those their
 * jurisdiction takes part in.
 */
@ApplicationScoped
@Transactional
public class DefaultCampaignService implements CampaignService {

  @Inject CampaignRepository campaigns;
  @Inject QuestionPool pool;
  @Inject CourseRepository courses;
  @Inject KeyPositionService positions;
  @Inject CampaignEnrolments enrolments;
  @Inject TrainingCaller trainingCaller;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject ZoneId zone;

  @Override
  public List<Campaign> findCampaigns() {
    caller.require(Permission.REGULATION_VIEW);
    return campaigns.findTouching(trainingCaller.subtree());
  }

  @Override
  public Campaign getCampaign(long campaignId) {
    caller.require(Permission.REGULATION_VIEW);
    return campaigns.find(campaignId).filter(this::touches).orElseThrow(() -> notFound(campaignId));
  }

  private boolean touches(Campaign campaign) {
    String subtree = trainingCaller.subtree();
    return campaign.getJurisdictionPath().startsWith(subtree)
        || subtree.startsWith(campaign.getJurisdictionPath());
  }

  @Override
  public Campaign defineCampaign(CampaignTerms terms, PaperRule rule) {
    caller.requireProvinceWide(Permission.REGULATION_MANAGE);
    Campaign campaign =
        Campaign.define(terms, rule, trainingCaller.subtree(), caller.name(), clock.instant());
    checkRule(campaign);
    campaigns.store(campaign);
    record(AuditAction.CAMPAIGN_DEFINED, campaign, campaign.getTitle());
    return campaign;
  }

  @Override
  public Campaign defineCourseQuiz(long courseId, CampaignTerms terms, PaperRule rule) {
    caller.requireProvinceWide(Permission.REGULATION_MANAGE);
    Course course =
        courses.find(courseId).orElseThrow(() -> new NotFoundException("Course", courseId));
    Campaign quiz =
        Campaign.defineQuiz(
            course, terms, rule, trainingCaller.subtree(), caller.name(), clock.instant());
    checkRule(quiz);
    campaigns.store(quiz);
    record(AuditAction.CAMPAIGN_DEFINED, quiz, quiz.getTitle());
    return quiz;
  }

  @Override
  public Campaign definePracticeSet(CampaignTerms terms, PaperRule rule) {
    caller.requireProvinceWide(Permission.REGULATION_MANAGE);
    Campaign practice =
        Campaign.definePractice(
            terms, rule, trainingCaller.subtree(), caller.name(), clock.instant());
    checkRule(practice);
    campaigns.store(practice);
    record(AuditAction.CAMPAIGN_DEFINED, practice, practice.getTitle());
    return practice;
  }

  @Override
  public Campaign reviseCampaign(
      long campaignId, long version, CampaignTerms terms, PaperRule rule) {
    Campaign campaign = locked(campaignId, version);
    campaign.revise(terms, rule);
    checkRule(campaign);
    record(AuditAction.CAMPAIGN_REVISED, campaign, campaign.getTitle());
    return campaigns.store(campaign);
  }

  @Override
  public Campaign openCampaign(long campaignId, long version) {
    Campaign campaign = locked(campaignId, version);
    checkRule(campaign);
    if (campaign.isCourseQuiz()
        && campaigns.findOpenQuiz(campaign.getCourse().getId()).isPresent()) {
      throw new BusinessException("error.quiz.alreadyOpen");
    }
    campaign.open(caller.name(), clock.instant(), LocalDate.now(clock.withZone(zone)));
    int enrolled = campaign.isAnnual() ? enrolments.enrolCurrentHolders(campaign) : 0;
    record(AuditAction.CAMPAIGN_OPENED, campaign, String.valueOf(enrolled));
    return campaigns.store(campaign);
  }

  @Override
  public List<Enrolment> findEnrolments(long campaignId) {
    Campaign campaign = getCampaign(campaignId);
    return campaigns.findEnrolments(campaignId, campaign.scopeFor(trainingCaller.subtree()));
  }

  @Override
  public long countEnrolments(long campaignId) {
    Campaign campaign = getCampaign(campaignId);
    return campaigns.countEnrolments(campaignId, campaign.scopeFor(trainingCaller.subtree()));
  }

  private void checkRule(Campaign campaign) {
    if (!campaign.isAnnual()) {
      campaign.getRule().checkForAnyPosition(pool);
      return;
    }
    List<KeyPositionDefinition> definitions =
        positions.findAll().stream().filter(d -> campaign.appliesTo(d.position())).toList();
    campaign.getRule().checkAgainst(pool, definitions);
  }

  private Campaign locked(long campaignId, long version) {
    caller.requireProvinceWide(Permission.REGULATION_MANAGE);
    Campaign campaign =
        campaigns
            .findForUpdate(campaignId)
            .filter(this::touches)
            .orElseThrow(() -> notFound(campaignId));
    StaleVersionException.check("Campaign", campaignId, version, campaign.getVersion());
    return campaign;
  }

  private void record(AuditAction action, Campaign campaign, String detail) {
    audit.append(
        new AuditRecord(
            caller.name(), action, "campaign:" + campaign.getId(), detail, caller.remoteAddress()));
  }

  private static NotFoundException notFound(long campaignId) {
    return new NotFoundException("Campaign", campaignId);
  }
}
