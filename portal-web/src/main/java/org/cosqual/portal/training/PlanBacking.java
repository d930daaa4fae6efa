package org.cosqual.portal.training;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cosqual.training.application.SessionService;
import org.cosqual.training.domain.model.session.Session;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/** The annual training plan: the year's sessions in a calendar and as a list. */
@Named("trainingPlan")
@ViewScoped
public class PlanBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SessionService sessions;
  @Inject transient Clock clock;
  @Inject transient ZoneId zone;

  private int year;
  private transient List<Session> plan;
  private transient ScheduleModel calendar;

  public void load() {
    if (year == 0) {
      year = LocalDate.now(clock.withZone(zone)).getYear();
    }
    plan = null;
    calendar = null;
  }

  public List<Session> getPlan() {
    if (plan == null) {
      plan = sessions.findPlan(year);
    }
    return plan;
  }

  public ScheduleModel getCalendar() {
    if (calendar == null) {
      String context =
          FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
      DefaultScheduleModel model = new DefaultScheduleModel();
      for (Session session : getPlan()) {
        model.addEvent(
            DefaultScheduleEvent.builder()
                .id(String.valueOf(session.getId()))
                .title(session.getCourse().getTitle())
                .startDate(session.getStartsAt())
                .endDate(session.getEndsAt())
                .url(context + "/training/session.xhtml?id=" + session.getId())
                .build());
      }
      calendar = model;
    }
    return calendar;
  }

  /** The month the calendar opens on: this month in this year, else January of the year shown. */
  public LocalDate getInitialDate() {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    return today.getYear() == year ? today.withDayOfMonth(1) : LocalDate.of(year, 1, 1);
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock.withZone(zone)).getYear();
    return List.of(now - 1, now, now + 1);
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }
}
