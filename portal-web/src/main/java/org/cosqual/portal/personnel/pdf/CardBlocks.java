package org.cosqual.portal.personnel.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cosqual.personnel.application.StaffArchive;
import org.cosqual.personnel.domain.model.enterprise.Enterprise;
import org.cosqual.personnel.domain.model.person.Education;
import org.cosqual.personnel.domain.model.person.Particulars;
import org.cosqual.personnel.domain.model.person.Person;
import org.cosqual.personnel.domain.model.person.Qualification;
import org.cosqual.personnel.domain.model.person.WorkExperience;
import org.cosqual.personnel.domain.model.supervision.DutyRecord;
import org.cosqual.personnel.domain.model.supervision.Sanction;
import org.cosqual.portal.pdf.PdfTexts;

/**
 * The blocks of one archive card: who the person is, the qualification check, work history,
 * appointments and filings, supervision, then the sections of other modules. Of the id number only
 * the masked form is read.
 */
final class CardBlocks {

  private static final float TITLE_SIZE = 18;
  private static final float HEADING_SIZE = 12;
  private static final float TABLE_SIZE = 9;
  private static final Color LABEL_BACKGROUND = new DeviceGray(0.92f);

  private final PdfTexts texts;
  private final ZoneId zone;

  CardBlocks(PdfTexts texts, ZoneId zone) {
    this.texts = texts;
    this.zone = zone;
  }

  void addTo(Document document, StaffArchive archive) {
    Person person = archive.person();
    document.add(
        new Paragraph(texts.label("personnel_card.title"))
            .setFontSize(TITLE_SIZE)
            .simulateBold()
            .setTextAlignment(TextAlignment.CENTER));
    document.add(heading("personnel_card.particulars"));
    document.add(particulars(person));
    document.add(heading("personnel_card.education"));
    document.add(education(person));
    document.add(heading("personnel_card.qualification"));
    document.add(qualification(archive.qualification()));
    document.add(heading("general.experience"));
    document.add(
        table(
            person.getExperiences(),
            column("general.employer", 30, WorkExperience::getEmployer),
            column("personnel_card.period", 24, e -> texts.period(e.getFrom(), e.getTo())),
            column("general.industry", 14, e -> texts.label(e.getIndustry())),
            column("general.experienceArea", 16, e -> texts.label(e.getArea())),
            column("general.position", 16, e -> texts.text(e.getPosition()))));
    document.add(heading("personnel_card.appointments"));
    document.add(
        table(
            archive.appointments(),
            column("general.enterpriseName", 44, a -> enterpriseName(a.getEnterprise())),
            column("general.keyPosition", 28, a -> texts.label(a.getPosition())),
            column(
                "personnel_card.period",
                28,
                a -> texts.period(a.getTerm().getFrom(), a.getTerm().getTo()))));
    document.add(heading("personnel_card.filings"));
    document.add(
        table(
            archive.filings(),
            column("general.kind", 17, f -> texts.label(f.getKind())),
            column("general.keyPosition", 23, f -> texts.label(f.getPosition())),
            column("general.enterpriseName", 30, f -> enterpriseName(f.getEnterprise())),
            column("general.status", 14, f -> texts.label(f.getState())),
            column(
                "personnel_card.lastStep",
                16,
                f -> texts.date(LocalDate.ofInstant(f.getReview().getSince(), zone)))));
    document.add(heading("personnel_card.sanctions"));
    document.add(
        table(
            archive.sanctions(),
            column("general.decisionNo", 20, Sanction::getDecisionNo),
            column("general.decidedOn", 14, s -> texts.date(s.getDecidedOn())),
            column("general.enterpriseName", 22, s -> enterpriseName(s.getEnterprise())),
            column("general.legalBasis", 30, Sanction::getLegalBasis),
            column("general.banUntil", 14, s -> texts.date(s.getBanUntil()))));
    document.add(heading("personnel_card.dutyRecords"));
    document.add(
        table(
            archive.dutyRecords(),
            column("general.inspectedOn", 14, d -> texts.date(d.getInspectedOn())),
            column("general.enterpriseName", 22, d -> enterpriseName(d.getEnterprise())),
            column("general.inspector", 14, DutyRecord::getInspector),
            column("general.finding", 36, DutyRecord::getFinding),
            column("general.rating", 14, d -> texts.label(d.getRating()))));
    for (StaffArchive.Section section : archive.sections()) {
      document.add(heading(section.titleKey()));
      document.add(
          table(
              section.lines(),
              column("personnel_card.date", 20, l -> texts.date(l.date())),
              column("personnel_card.entry", 80, l -> texts.message(l.textKey(), l.arguments()))));
    }
  }

  private IBlockElement particulars(Person person) {
    Optional<Particulars> particulars = person.particulars();
    Function<Function<Particulars, String>, String> field =
        read -> particulars.map(read).orElse(texts.none());
    return labelledValues(
        List.of(
            "general.personName", person.getName(),
            "general.idType", field.apply(p -> texts.label(p.getIdNumber().type())),
            "general.idNumber", field.apply(p -> p.getIdNumber().masked()),
            "general.birthDate", field.apply(p -> texts.date(p.getBirthDate())),
            "general.sex", field.apply(p -> texts.label(p.getSex())),
            "general.phone", texts.text(person.getPhone()),
            "general.email", texts.text(person.getEmail()),
            "", ""));
  }

  private IBlockElement education(Person person) {
    Optional<Particulars> particulars = person.particulars();
    Optional<Education> education = particulars.map(Particulars::getEducation);
    Function<Function<Education, Object>, String> field =
        read -> education.map(read).map(texts::text).orElse(texts.none());
    return labelledValues(
        List.of(
            "general.degree", education.map(e -> texts.label(e.getDegree())).orElse(texts.none()),
            "general.major", field.apply(Education::getMajor),
            "general.majorField",
                education.map(e -> texts.label(e.getMajorField())).orElse(texts.none()),
            "general.school", field.apply(Education::getSchool),
            "general.graduationYear", field.apply(Education::getGraduationYear),
            "general.professionalTitle",
                texts.text(particulars.map(Particulars::getProfessionalTitle).orElse(null))));
  }

  private IBlockElement qualification(Qualification qualification) {
    com.itextpdf.layout.element.List reasons = new com.itextpdf.layout.element.List();
    for (Qualification.Reason reason : qualification.reasons()) {
      reasons.add(new ListItem(texts.message(reason.messageKey(), reason.arguments())));
    }
    return new Div()
        .add(
            new Paragraph(
                    texts.label(
                        qualification.met()
                            ? "personnel_card.qualification.met"
                            : "personnel_card.qualification.notMet"))
                .simulateBold())
        .add(reasons);
  }

  private String enterpriseName(Enterprise enterprise) {
    return enterprise == null ? texts.none() : enterprise.getOrganisation().getName();
  }

  private Paragraph heading(String key) {
    return new Paragraph(texts.label(key))
        .setFontSize(HEADING_SIZE)
        .simulateBold()
        .setMarginTop(12)
        .setMarginBottom(4)
        .setKeepWithNext(true);
  }

  /** Label and value pairs, two pairs a row; an empty pair pads the last row. */
  private Table labelledValues(List<String> labelsAndValues) {
    Table table = new Table(UnitValue.createPercentArray(new float[] {16, 34, 16, 34}));
    table.useAllAvailableWidth().setFontSize(TABLE_SIZE);
    for (int i = 0; i < labelsAndValues.size(); i += 2) {
      String key = labelsAndValues.get(i);
      if (key.isEmpty()) {
        table.addCell(new Cell(1, 2));
      } else {
        table.addCell(
            new Cell().add(new Paragraph(texts.label(key))).setBackgroundColor(LABEL_BACKGROUND));
        table.addCell(labelsAndValues.get(i + 1));
      }
    }
    return table;
  }

  /** A column of a table: its header's key, its share of the width and its text for a row. */
  private record Column<T>(String headerKey, float width, Function<T, String> text) {}

  private static <T> Column<T> column(String headerKey, float width, Function<T, String> text) {
    return new Column<>(headerKey, width, text);
  }

  /**
   * A row per item, its header repeated on every page; a note saying there is nothing when empty.
   */
  @SafeVarargs
  private <T> IBlockElement table(List<T> items, Column<T>... columns) {
    if (items.isEmpty()) {
      return new Paragraph(texts.label("general.empty")).setFontSize(TABLE_SIZE);
    }
    float[] widths = new float[columns.length];
    for (int i = 0; i < columns.length; i++) {
      widths[i] = columns[i].width();
    }
    Table table = new Table(UnitValue.createPercentArray(widths));
    table.useAllAvailableWidth().setFontSize(TABLE_SIZE);
    for (Column<T> column : columns) {
      table.addHeaderCell(
          new Cell()
              .add(new Paragraph(texts.label(column.headerKey())).simulateBold())
              .setBackgroundColor(LABEL_BACKGROUND));
    }
    for (T item : items) {
      for (Column<T> column : columns) {
        table.addCell(column.text().apply(item));
      }
    }
    return table;
  }
}
