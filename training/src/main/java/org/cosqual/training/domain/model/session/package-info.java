/**
 * Sessions: dated deliveries of a course with a place or link and a capacity (together the year's
 * training plan), enrolments, and the attendance that credits the course's hours.
 */
package org.cosqual.training.domain.model.session;
