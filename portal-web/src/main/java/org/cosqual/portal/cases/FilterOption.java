package org.cosqual.portal.cases;

/** One choice of a reader's filter (a kind, a topic, a region, a year) in a GET form. */
public record FilterOption(String value, String label, boolean selected) {}
