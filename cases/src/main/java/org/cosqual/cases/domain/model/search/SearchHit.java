package org.cosqual.cases.domain.model.search;

import java.time.Instant;
import org.cosqual.cases.domain.model.item.ItemKind;

/**
 * One item found: its title and a snippet, both as HTML whose only markup is {@code <mark>} around
 * the words found (everything else escaped).
 */
public record SearchHit(
    long itemId, ItemKind kind, String titleHtml, String snippetHtml, Instant publishedAt) {}
