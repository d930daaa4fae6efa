/** The vocabularies of the content, kept as data: topics and the categories of common problems. */
package org.cosqual.cases.domain.model.term;
