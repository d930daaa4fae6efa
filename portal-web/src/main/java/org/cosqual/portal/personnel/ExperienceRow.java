package org.cosqual.portal.personnel;

import java.io.Serializable;
import java.time.LocalDate;
import org.cosqual.personnel.application.FiledParticulars;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.WorkExperience;

/** One editable row of the work-history table on the filing form. */
public class ExperienceRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String employer;
  private LocalDate from;
  private LocalDate to;
  private Industry industry;
  private ExperienceArea area;
  private String position;

  public static ExperienceRow of(WorkExperience job) {
    ExperienceRow row = new ExperienceRow();
    row.employer = job.getEmployer();
    row.from = job.getFrom();
    row.to = job.getTo();
    row.industry = job.getIndustry();
    row.area = job.getArea();
    row.position = job.getPosition();
    return row;
  }

  FiledParticulars.Experience toFiled() {
    return new FiledParticulars.Experience(employer, from, to, industry, area, position);
  }

  public String getEmployer() {
    return employer;
  }

  public void setEmployer(String employer) {
    this.employer = employer;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Industry getIndustry() {
    return industry;
  }

  public void setIndustry(Industry industry) {
    this.industry = industry;
  }

  public ExperienceArea getArea() {
    return area;
  }

  public void setArea(ExperienceArea area) {
    this.area = area;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }
}
