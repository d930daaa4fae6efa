package org.cosqual.portal.infrastructure.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.cosqual.cases.domain.model.item.CommonProblem;
import org.cosqual.cases.domain.model.item.ContentItem;
import org.cosqual.cases.domain.model.item.HandbookType;
import org.cosqual.cases.domain.model.item.ItemKind;
import org.cosqual.cases.domain.model.item.ItemVersion;
import org.cosqual.cases.domain.model.item.Visibility;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

/**
 * Every demo item passes the rules it is seeded through (its kind's requirements, sanitising, known
 * topics, regions and categories), and the demo shows what the public portal is about: each kind
 * published for the public, more than one page of them, a typical case naming 质量安全负责人, an
 * anonymised one, a handbook of three chapters, a Q&A handbook with its entries, the common-problem
 * categories of issue #6, and items the public must not see.
 */
class SampleContentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
  private static final JurisdictionNode PROVINCE = JurisdictionNode.province("640000", "宁夏");
  private static final Organisation UNIT =
      new Organisation("REG-640000", "化妆品监管处", OrganisationKind.REGULATOR_UNIT, PROVINCE);
  private static final Organisation ASSOCIATION =
      new Organisation("ASSOC-0001", "宁夏化妆品行业协会", OrganisationKind.ASSOCIATION, PROVINCE);

  private final List<CSVRecord> rows = SampleData.read("content.csv");
  private final List<CSVRecord> sections = SampleData.read("handbook-sections.csv");
  private final List<CSVRecord> problems = SampleData.read("common-problems.csv");

  @Test
  void everyDemoItemCanBeDraftedByItsAccountAndNamesOnlyKnownTermsAndRegions() throws IOException {
    String vocabulary = resource("/db/migration/cases/V1__content.sql");
    Set<String> regions =
        SampleData.read("jurisdictions.csv").stream()
            .map(r -> r.get("code"))
            .collect(Collectors.toSet());
    Map<String, Long> ids = new HashMap<>();
    for (CSVRecord row : rows) {
      ItemVersion version = draft(row, ids).getWorkingVersion();
      assertTrue(Set.of("provadmin", "editor").contains(row.get("account")), row.get("key"));
      version.getTopics().forEach(t -> assertTrue(vocabulary.contains("'" + t + "'"), t));
      assertTrue(version.getRegionCode() == null || regions.contains(version.getRegionCode()));
      for (CommonProblem line : version.getProblems()) {
        assertTrue(vocabulary.contains("'" + line.getCategoryCode() + "'"), line.getProblem());
      }
      assertTrue(ids.put(row.get("key"), (long) ids.size() + 1) == null, "keys are unique");
    }
    assertEquals(
        rows.size(), rows.stream().map(r -> r.get("title")).distinct().count(), "titles unique");
  }

  @Test
  void everyDemoAttachmentIsAFileOfTheSampleFolderWithADisplayName() throws IOException {
    List<CSVRecord> attaching = rows.stream().filter(r -> !r.get("attachment").isEmpty()).toList();
    assertTrue(!attaching.isEmpty(), "the demo shows an attachment");
    for (CSVRecord row : attaching) {
      try (InputStream in =
          SampleContentTest.class.getResourceAsStream("/sample/" + row.get("attachment"))) {
        assertNotNull(in, row.get("attachment"));
        assertEquals("%PDF-", new String(in.readNBytes(5), StandardCharsets.US_ASCII));
      }
      assertTrue(row.get("attachmentName").endsWith(".pdf"), row.get("attachmentName"));
    }
  }

  @Test
  void theDemoShowsEveryKindToThePublicAndWhatThePublicMustNotSee() {
    List<CSVRecord> publicItems =
        rows.stream()
            .filter(r -> r.get("state").equals("PUBLISHED") && r.get("visibility").equals("PUBLIC"))
            .toList();
    assertEquals(
        EnumSet.allOf(ItemKind.class),
        publicItems.stream().map(r -> ItemKind.valueOf(r.get("kind"))).collect(Collectors.toSet()));
    assertTrue(publicItems.size() > 10, "more than one page of ten");
    assertTrue(
        rows.stream().anyMatch(r -> r.get("visibility").equals(Visibility.REGULATORS.name())));
    assertTrue(rows.stream().anyMatch(r -> r.get("state").equals("DRAFT")));
    assertTrue(rows.stream().anyMatch(r -> r.get("state").equals("IN_REVIEW")));
  }

  @Test
  void theDemoHasTheCasesAndHandbooksTheBrowserTestsRead() {
    Map<String, Long> ids = new HashMap<>();
    List<ContentItem> drafted =
        rows.stream()
            .map(
                row -> {
                  ContentItem item = draft(row, ids);
                  ids.put(row.get("key"), (long) ids.size() + 1);
                  return item;
                })
            .toList();
    assertTrue(
        drafted.stream()
            .anyMatch(
                i ->
                    i.getKind() == ItemKind.TYPICAL_CASE
                        && i.getWorkingVersion().getBody().contains("质量安全负责人")));
    assertTrue(
        drafted.stream()
            .anyMatch(
                i ->
                    i.getKind() == ItemKind.TYPICAL_CASE
                        && i.getWorkingVersion().getParticulars().isAnonymised()
                        && i.getWorkingVersion().getParticulars().getEnterpriseNameShown()
                            == null));
    assertTrue(
        drafted.stream()
            .anyMatch(
                i ->
                    i.getHandbookType() == HandbookType.GUIDE
                        && i.getWorkingVersion().getChapters().size() == 3));
    CSVRecord qaHandbook =
        rows.stream()
            .filter(r -> r.get("handbookType").equals(HandbookType.QA_HANDBOOK.name()))
            .findFirst()
            .orElseThrow();
    assertTrue(
        rows.stream().filter(r -> r.get("qaHandbook").equals(qaHandbook.get("key"))).count() >= 3);
    assertEquals(
        Set.of(
            "QUALITY_DOCUMENTS",
            "PRODUCTION_CONSISTENCY",
            "RAW_MATERIAL_COMPLIANCE",
            "KEY_STAFF_PERFORMANCE",
            "SELF_INSPECTION",
            "CONTRACT_PRODUCTION",
            "PRODUCT_RELEASE"),
        drafted.stream()
            .filter(i -> i.getWorkingVersion().getVisibility() == Visibility.PUBLIC)
            .flatMap(i -> i.getWorkingVersion().getProblems().stream())
            .map(CommonProblem::getCategoryCode)
            .collect(Collectors.toSet()));
  }

  private ContentItem draft(CSVRecord row, Map<String, Long> ids) {
    Organisation owner = row.get("account").equals(SampleContent.REVIEWER) ? UNIT : ASSOCIATION;
    ContentItem item =
        ContentItem.draft(
            ItemKind.valueOf(row.get("kind")),
            SampleContent.handbookType(row),
            owner,
            SampleContent.written(row, sections, problems, ids, TODAY),
            row.get("account"),
            AT);
    assertNotNull(item.getWorkingVersion().getTitle());
    return item;
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = SampleContentTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
