package org.cosqual.personnel.domain.model.review;

import java.util.List;

public interface ReviewStepRepository {

  List<ReviewStep> findBySubject(String subjectType, long subjectId);

  ReviewStep store(ReviewStep step);
}
