/**
 * Full-text search over published content: what is indexed of an item, what a reader asks, and the
 * page of hits with highlighted snippets.
 */
package org.cosqual.cases.domain.model.search;
