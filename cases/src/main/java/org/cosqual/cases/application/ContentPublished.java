package org.cosqual.cases.application;

import org.cosqual.cases.domain.model.search.IndexedItem;

/** An item's version was published; its text as the index keeps it. */
public record ContentPublished(IndexedItem item) {}
