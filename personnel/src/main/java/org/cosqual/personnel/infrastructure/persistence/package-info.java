/** JPA repositories of the personnel aggregates and the converters they rely on. */
package org.cosqual.personnel.infrastructure.persistence;
