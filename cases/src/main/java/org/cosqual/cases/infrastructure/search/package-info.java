/** The full-text index on disk: Lucene with the smartcn analyser for Chinese. */
package org.cosqual.cases.infrastructure.search;
