/**
 * Benchmark and typical cases, handbooks, Q&A, the common-problem list, the editorial workflow and
 * the search index. Depends on personnel only; its tables come with its first aggregate.
 */
package org.cosqual.cases;
