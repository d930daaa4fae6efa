/** Natural persons; the archive of key-position staff grows from here. */
package org.cosqual.personnel.domain.model.person;
