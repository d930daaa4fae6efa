package org.cosqual.personnel.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A part of a person's archive page that another module fills (training hours, assessments): that
 * module implements this as a CDI bean, and the person page shows every one found, so personnel
 * never depends on the modules above it.
 */
public interface ArchiveSection {

  /** The bundle key of the section's heading. */
  String titleKey();

  /**
   * Lines about the person, newest first; the caller has already been allowed to see the person.
   */
  List<Line> linesFor(long personId);

  /** One dated line as a bundle key and its arguments. */
  record Line(LocalDate date, String textKey, List<Object> arguments) {}
}
