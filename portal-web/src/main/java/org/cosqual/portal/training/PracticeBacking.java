package org.cosqual.portal.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cosqual.training.application.ExamService;
import org.cosqual.training.application.PracticeSet;

/**
 * 自测练习: the practice sets open to the learner, regulator or key staff, each with its terms and the
 * learner's practice attempts, and the button that draws a new paper.
 */
@Named("practice")
@RequestScoped
public class PracticeBacking {

  @Inject ExamService exams;
  @Inject AttemptClients clients;

  private List<PracticeSet> sets;

  public List<PracticeSet> getSets() {
    if (sets == null) {
      sets = exams.findPracticeSets();
    }
    return sets;
  }

  /** Draws a new paper of the set and opens it. */
  public String start(long campaignId) {
    String examPage =
        ExamBacking.started(() -> exams.startPracticeSet(campaignId, clients.current()));
    if (examPage == null) {
      sets = null;
    }
    return examPage;
  }
}
