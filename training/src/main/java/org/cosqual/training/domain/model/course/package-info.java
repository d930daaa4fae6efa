/**
 * Courses: content with declared hours, a category, an audience and a provider, their materials,
 * and the materials each learner has opened. An association's course is published only after a
 * regulator's review.
 */
package org.cosqual.training.domain.model.course;
