/**
 * Published knowledge: benchmark and typical cases, handbooks, Q&A entries and common-problem
 * lists, each an item with versions, a visibility and the editorial workflow draft → in review →
 * published → archived.
 */
package org.cosqual.cases.domain.model.item;
