package org.cosqual.cases.application;

/** An item was archived: readers and search no longer find it. */
public record ContentArchived(long itemId) {}
