package org.cosqual.training.domain.model.course;

/** A course material: an uploaded PDF, or a link to a video. */
public enum MaterialKind {
  FILE,
  LINK
}
