/** JPA repositories of the content items and their vocabularies. */
package org.cosqual.cases.infrastructure.persistence;
