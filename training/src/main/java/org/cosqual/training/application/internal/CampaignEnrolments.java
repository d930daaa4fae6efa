package org.cosqual.training.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.cosqual.personnel.application.AppointmentApproved;
import org.cosqual.personnel.domain.model.appointment.Appointment;
import org.cosqual.personnel.domain.model.appointment.AppointmentRepository;
import org.cosqual.training.domain.model.assessment.Campaign;
import org.cosqual.training.domain.model.assessment.CampaignRepository;
import org.cosqual.training.domain.model.assessment.Enrolment;

/**
 * Who takes a campaign: every current holder of its positions at its jurisdiction's enterprises
 * when it opens, once per person (the holder of two positions takes it as the first appointed), and
 * whoever is appointed to one of them while it is open.
 */
@ApplicationScoped
class CampaignEnrolments {

  @Inject CampaignRepository campaigns;
  @Inject AppointmentRepository appointments;
  @Inject Clock clock;
  @Inject ZoneId zone;

  /** Enrols the current holders of an opening campaign; returns how many. */
  int enrolCurrentHolders(Campaign campaign) {
    Set<Long> people = new HashSet<>();
    for (Appointment appointment :
        appointments.findCurrentInSubtree(
            campaign.getJurisdictionPath(), campaign.getPositions(), today())) {
      if (people.add(appointment.getPerson().getId())) {
        enrol(campaign, appointment);
      }
    }
    return people.size();
  }

  /**
   * An approved appointment joins the open campaigns of its position and jurisdiction, in the
   * approval's own transaction: approved means enrolled. (A new transaction after the approval's
   * commit was refused when the approval ran inside an EJB, as the demo's start-up filings do.)
   */
  @Transactional(TxType.MANDATORY)
  void enrolNewHolder(@Observes AppointmentApproved event) {
    Appointment appointment = appointments.find(event.appointmentId()).orElseThrow();
    String path = appointment.getEnterprise().getJurisdiction().getPath();
    for (Campaign campaign : campaigns.findOpen(today())) {
      if (campaign.appliesTo(event.position())
          && campaign.covers(path)
          && !campaigns.isEnrolled(campaign.getId(), event.personId())) {
        enrol(campaign, appointment);
      }
    }
  }

  private void enrol(Campaign campaign, Appointment appointment) {
    campaigns.store(
        new Enrolment(
            campaign,
            appointment.getPerson(),
            appointment.getEnterprise(),
            appointment.getPosition(),
            clock.instant()));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }
}
