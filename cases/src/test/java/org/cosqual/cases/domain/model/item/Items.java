package org.cosqual.cases.domain.model.item;

import java.time.Instant;
import java.util.List;
import org.cosqual.personnel.domain.model.jurisdiction.JurisdictionNode;
import org.cosqual.personnel.domain.model.organisation.Organisation;
import org.cosqual.personnel.domain.model.organisation.OrganisationKind;
import org.cosqual.personnel.testing.TestEntities;

/** Items for unit tests, owned by a regulator unit or an association, with database ids. */
public final class Items {

  public static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
  public static final JurisdictionNode PROVINCE = JurisdictionNode.province("640000", "宁夏");
  public static final Organisation UNIT =
      TestEntities.withId(
          new Organisation("NX-MPA", "化妆品监管处", OrganisationKind.REGULATOR_UNIT, PROVINCE), 1);
  public static final Organisation ASSOCIATION =
      TestEntities.withId(
          new Organisation("NX-ASSOC", "宁夏化妆品行业协会", OrganisationKind.ASSOCIATION, PROVINCE), 2);

  private Items() {}

  public static ItemContent caseContent(String title, String body) {
    return ItemContent.of(title, "摘要", body, Visibility.PUBLIC);
  }

  public static ContentItem benchmarkCase(Organisation owner) {
    return TestEntities.withId(
        ContentItem.draft(
            ItemKind.BENCHMARK_CASE,
            null,
            owner,
            caseContent("质量安全负责人履职经验", "<p>企业建立了质量安全负责人制度。</p>"),
            "editor",
            AT),
        100);
  }

  public static ItemContent.Chapter chapter(String title, String... sectionTitlesAndBodies) {
    List<HandbookSection> sections = new java.util.ArrayList<>();
    for (int i = 0; i < sectionTitlesAndBodies.length; i += 2) {
      sections.add(new HandbookSection(sectionTitlesAndBodies[i], sectionTitlesAndBodies[i + 1]));
    }
    return new ItemContent.Chapter(title, sections);
  }

  public static ContentItem handbook(List<ItemContent.Chapter> chapters) {
    return TestEntities.withId(
        ContentItem.draft(
            ItemKind.HANDBOOK,
            HandbookType.GUIDE,
            UNIT,
            ItemContent.of("化妆品生产质量管理规范指南", null, null, Visibility.PUBLIC).withChapters(chapters),
            "provadmin",
            AT),
        200);
  }
}
