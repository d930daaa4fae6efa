package org.cosqual.training.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cosqual.training.domain.model.assessment.AttemptStatus;
import org.cosqual.training.domain.model.assessment.EnrolmentResult;
import org.cosqual.training.domain.model.question.QuestionType;
import org.cosqual.training.domain.model.statistics.CampaignStatisticsQueries;
import org.cosqual.training.domain.model.statistics.ItemAnalysis;
import org.cosqual.training.domain.model.statistics.ItemStatistics;
import org.cosqual.training.domain.model.statistics.NotTaken;
import org.cosqual.training.domain.model.statistics.Participation;

/**
 * One grouped statement per breakdown, counting in the database what each group's enrolments are:
 * taken (a submitted attempt exists, found through the attempts' enrolment key), passed and failed
 * (the enrolment's result). The item analysis sums, per question version, the points of the items
 * of graded attempts and the rest of their attempts' scores, from which {@link ItemAnalysis}
 * computes the indices. The scope is the enterprise's jurisdiction path, matched by prefix.
 */
@ApplicationScoped
public class SqlCampaignStatisticsQueries implements CampaignStatisticsQueries {

  static final String ENROLMENTS =
      " FROM assessment_enrolment e"
          + " JOIN enterprise n ON n.id = e.enterprise_id"
          + " JOIN organisation o ON o.id = n.organisation_id"
          + " JOIN jurisdiction_node j ON j.id = o.jurisdiction_id";

  /** The campaign's id, then the scope's path prefix. */
  static final String IN_SCOPE = " WHERE e.campaign_id = ? AND j.path LIKE ?";

  static final String SUBMITTED =
      "EXISTS (SELECT 1 FROM exam_attempt a WHERE a.enrolment_id = e.id AND NOT a.practice"
          + " AND a.status <> '"
          + AttemptStatus.OPEN.name()
          + "')";

  /** Enrolled, taken, passed, failed. */
  static final String COUNTS =
      "COUNT(*), SUM(CASE WHEN "
          + SUBMITTED
          + " THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN e.result = '"
          + EnrolmentResult.PASSED.name()
          + "' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN e.result = '"
          + EnrolmentResult.FAILED.name()
          + "' THEN 1 ELSE 0 END)";

  /**
   * Grouped by the path of the scope's child node each enterprise lies under (the path up to the
   * first / after the scope's), empty for enterprises right at the scope's node. The first
   * parameter is where to look for that /: the scope's length plus one.
   */
  static final String BY_CHILD_NODE =
      "SELECT SUBSTRING(j.path, 1, LOCATE('/', j.path, ?)) AS child, "
          + COUNTS
          + ENROLMENTS
          + IN_SCOPE
          + " GROUP BY child";

  static final String SCOPE_NODES =
      "SELECT j.code, j.name, j.path FROM jurisdiction_node j WHERE j.path = ?"
          + " OR j.parent_id = (SELECT s.id FROM jurisdiction_node s WHERE s.path = ?)"
          + " ORDER BY j.code";

  static final String BY_ENTERPRISE =
      "SELECT n.id, o.name, j.name, "
          + COUNTS
          + ENROLMENTS
          + IN_SCOPE
          + " GROUP BY n.id, o.name, j.name, j.code ORDER BY j.code, o.name, n.id";

  static final String BY_POSITION =
      "SELECT e.position_code, COALESCE(k.name, e.position_code), "
          + COUNTS
          + ENROLMENTS
          + " LEFT JOIN key_position k ON k.code = e.position_code"
          + IN_SCOPE
          + " GROUP BY e.position_code, k.name, k.sort_order ORDER BY k.sort_order, e.position_code";

  /** x is an item's awarded points, y the rest of its attempt's score. */
  static final String ITEMS =
      "SELECT v.id, v.question_id, v.number_no, q.type, t.name, v.stem, s.points,"
          + " s.responses, s.answered, s.possible, s.x, s.y, s.xx, s.yy, s.xy FROM ("
          + "SELECT i.version_id, MAX(i.points) AS points, COUNT(*) AS responses,"
          + " SUM(CASE WHEN i.answer_choices IS NOT NULL OR i.answer_truth IS NOT NULL"
          + "   OR i.answer_text IS NOT NULL THEN 1 ELSE 0 END) AS answered,"
          + " SUM(i.points) AS possible, SUM(i.awarded) AS x, SUM(a.score - i.awarded) AS y,"
          + " SUM(i.awarded * i.awarded) AS xx,"
          + " SUM((a.score - i.awarded) * (a.score - i.awarded)) AS yy,"
          + " SUM(i.awarded * (a.score - i.awarded)) AS xy"
          + ENROLMENTS
          + " JOIN exam_attempt a ON a.enrolment_id = e.id AND NOT a.practice AND a.status = '"
          + AttemptStatus.GRADED.name()
          + "' JOIN attempt_item i ON i.attempt_id = a.id"
          + IN_SCOPE
          + " GROUP BY i.version_id) s"
          + " JOIN question_version v ON v.id = s.version_id"
          + " JOIN question q ON q.id = v.question_id"
          + " JOIN question_topic t ON t.code = q.topic_code"
          + " ORDER BY v.question_id, v.number_no";

  static final String NOT_TAKEN = IN_SCOPE + " AND NOT " + SUBMITTED;

  static final String COUNT_NOT_TAKEN = "SELECT COUNT(*)" + ENROLMENTS + NOT_TAKEN;

  static final String PAGE_NOT_TAKEN =
      "SELECT e.id, p.id, p.name, n.id, o.name, j.name, e.position_code,"
          + " COALESCE(k.name, e.position_code), e.attempts_used"
          + ENROLMENTS
          + " JOIN person p ON p.id = e.person_id"
          + " LEFT JOIN key_position k ON k.code = e.position_code"
          + NOT_TAKEN
          + " ORDER BY j.code, o.name, p.name, e.id LIMIT ? OFFSET ?";

  @PersistenceContext private EntityManager em;

  @Override
  public List<Participation> byJurisdiction(long campaignId, String scope) {
    Map<String, Object[]> counts = new HashMap<>();
    for (Object[] r :
        rows(
            em.createNativeQuery(BY_CHILD_NODE)
                .setParameter(1, scope.length() + 1)
                .setParameter(2, campaignId)
                .setParameter(3, scope + "%"))) {
      counts.put((String) r[0], r);
    }
    List<Participation> own = new ArrayList<>();
    List<Participation> children = new ArrayList<>();
    for (Object[] node :
        rows(em.createNativeQuery(SCOPE_NODES).setParameter(1, scope).setParameter(2, scope))) {
      String code = (String) node[0];
      String name = (String) node[1];
      String path = (String) node[2];
      if (path.equals(scope)) {
        Object[] r = counts.get("");
        if (r != null) {
          own.add(participation(code, name, null, r, 1));
        }
      } else {
        Object[] r = counts.get(path);
        children.add(
            r == null ? Participation.none(code, name) : participation(code, name, null, r, 1));
      }
    }
    own.addAll(children);
    return own;
  }

  @Override
  public List<Participation> byEnterprise(long campaignId, String scope) {
    return rows(inScope(BY_ENTERPRISE, campaignId, scope)).stream()
        .map(r -> participation(r[0].toString(), (String) r[1], (String) r[2], r, 3))
        .toList();
  }

  @Override
  public List<Participation> byPosition(long campaignId, String scope) {
    return rows(inScope(BY_POSITION, campaignId, scope)).stream()
        .map(r -> participation((String) r[0], (String) r[1], null, r, 2))
        .toList();
  }

  @Override
  public List<ItemStatistics> items(long campaignId, String scope) {
    return rows(inScope(ITEMS, campaignId, scope)).stream()
        .map(
            r ->
                new ItemStatistics(
                    number(r[0]),
                    number(r[1]),
                    (int) number(r[2]),
                    QuestionType.valueOf((String) r[3]),
                    (String) r[4],
                    (String) r[5],
                    (int) number(r[6]),
                    new ItemAnalysis(
                        new ItemAnalysis.Sums(
                            number(r[7]),
                            number(r[8]),
                            number(r[9]),
                            number(r[10]),
                            number(r[11]),
                            number(r[12]),
                            number(r[13]),
                            number(r[14])))))
        .toList();
  }

  @Override
  public int countNotTaken(long campaignId, String scope) {
    return (int) number(inScope(COUNT_NOT_TAKEN, campaignId, scope).getSingleResult());
  }

  @Override
  public List<NotTaken> notTaken(long campaignId, String scope, int first, int max) {
    return rows(
            inScope(PAGE_NOT_TAKEN, campaignId, scope).setParameter(3, max).setParameter(4, first))
        .stream()
        .map(
            r ->
                new NotTaken(
                    number(r[0]),
                    number(r[1]),
                    (String) r[2],
                    number(r[3]),
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    number(r[8]) > 0))
        .toList();
  }

  private Query inScope(String sql, long campaignId, String scope) {
    return em.createNativeQuery(sql).setParameter(1, campaignId).setParameter(2, scope + "%");
  }

  /** The four counts from {@code from} on: enrolled, taken, passed, failed. */
  private static Participation participation(
      String key, String name, String jurisdiction, Object[] r, int from) {
    return Participation.of(
        key,
        name,
        jurisdiction,
        (int) number(r[from]),
        (int) number(r[from + 1]),
        (int) number(r[from + 2]),
        (int) number(r[from + 3]));
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
