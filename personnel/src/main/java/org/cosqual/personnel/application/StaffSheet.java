package org.cosqual.personnel.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cosqual.personnel.application.spreadsheet.Column;
import org.cosqual.personnel.application.spreadsheet.SheetLayout;
import org.cosqual.personnel.domain.model.appointment.KeyPosition;
import org.cosqual.personnel.domain.model.appointment.KeyPositionDefinition;
import org.cosqual.personnel.domain.model.person.Degree;
import org.cosqual.personnel.domain.model.person.ExperienceArea;
import org.cosqual.personnel.domain.model.person.IdType;
import org.cosqual.personnel.domain.model.person.Industry;
import org.cosqual.personnel.domain.model.person.MajorField;

/**
 * The staff sheet: one key-position appointment a row, with the person's particulars and one job of
 * their work history (the one that counts for the qualification). Each key is the bundle key of its
 * header.
 */
public final class StaffSheet {

  public static final String CREDIT_CODE = "staffSheet.creditCode";
  public static final String POSITION = "staffSheet.position";
  public static final String FROM = "staffSheet.from";
  public static final String NAME = "staffSheet.name";
  public static final String ID_TYPE = "staffSheet.idType";
  public static final String ID_NUMBER = "staffSheet.idNumber";
  public static final String PHONE = "staffSheet.phone";
  public static final String DEGREE = "staffSheet.degree";
  public static final String MAJOR = "staffSheet.major";
  public static final String MAJOR_FIELD = "staffSheet.majorField";
  public static final String SCHOOL = "staffSheet.school";
  public static final String GRADUATION_YEAR = "staffSheet.graduationYear";
  public static final String TITLE = "staffSheet.professionalTitle";
  public static final String EMPLOYER = "staffSheet.employer";
  public static final String JOB_FROM = "staffSheet.jobFrom";
  public static final String JOB_TO = "staffSheet.jobTo";
  public static final String INDUSTRY = "staffSheet.industry";
  public static final String AREA = "staffSheet.area";

  public static final String TO = "staffSheet.to";

  private static final String POSITION_KEY = "KeyPosition.";

  private final List<KeyPositionDefinition> positions;

  /**
   * @param positions the province's key positions, as {@link
   *     org.cosqual.personnel.application.KeyPositionService#findAll} lists them
   */
  public StaffSheet(List<KeyPositionDefinition> positions) {
    this.positions = List.copyOf(positions);
  }

  /** The import template: only positions that take new appointments are offered. */
  public SheetLayout layout() {
    return SheetLayout.of(
        "staffSheet.title",
        Column.text(CREDIT_CODE).asRequired().width(24),
        positionColumn(true).asRequired(),
        Column.date(FROM).asRequired().width(14),
        Column.text(NAME).asRequired().width(12),
        Column.choice(ID_TYPE, IdType.values()).asRequired().width(18),
        Column.text(ID_NUMBER).asRequired().width(22),
        Column.text(PHONE).width(14),
        Column.choice(DEGREE, Degree.values()).asRequired().width(12),
        Column.text(MAJOR).asRequired().width(16),
        Column.choice(MAJOR_FIELD, MajorField.values()).asRequired().width(12),
        Column.text(SCHOOL).width(20),
        Column.integer(GRADUATION_YEAR).width(10),
        Column.text(TITLE).width(12),
        Column.text(EMPLOYER).width(30),
        Column.date(JOB_FROM).width(14),
        Column.date(JOB_TO).width(14),
        Column.choice(INDUSTRY, Industry.values()).width(12),
        Column.choice(AREA, ExperienceArea.values()).width(12));
  }

  /**
   * An enterprise's staff as a list: the id number masked, as everywhere outside the audited
   * reveal, so the export is for reading, not for importing again.
   */
  public SheetLayout exportLayout() {
    return SheetLayout.of(
        "staffSheet.title",
        Column.text(CREDIT_CODE).width(24),
        positionColumn(false),
        Column.date(FROM).width(14),
        Column.date(TO).width(14),
        Column.text(NAME).width(12),
        Column.choice(ID_TYPE, IdType.values()).width(18),
        Column.text(ID_NUMBER).width(22),
        Column.text(PHONE).width(14),
        Column.choice(DEGREE, Degree.values()).width(12),
        Column.text(MAJOR).width(16),
        Column.choice(MAJOR_FIELD, MajorField.values()).width(12),
        Column.text(TITLE).width(12));
  }

  /** The bundle's labels, and the positions' (Chinese) names for their options. */
  public Function<String, String> labels(Function<String, String> bundle) {
    Map<String, String> names =
        positions.stream()
            .collect(
                Collectors.toMap(p -> POSITION_KEY + p.getCode(), KeyPositionDefinition::getName));
    return key -> names.containsKey(key) ? names.get(key) : bundle.apply(key);
  }

  /** The option key of a position in a sheet row. */
  public static String optionKey(KeyPosition position) {
    return POSITION_KEY + position.code();
  }

  /** The position a row's option key names. */
  public static KeyPosition position(String optionKey) {
    return new KeyPosition(optionKey.substring(POSITION_KEY.length()));
  }

  private Column positionColumn(boolean activeOnly) {
    return Column.choice(
            POSITION,
            positions.stream()
                .filter(p -> p.isActive() || !activeOnly)
                .map(p -> optionKey(p.position()))
                .toList())
        .width(22);
  }
}
