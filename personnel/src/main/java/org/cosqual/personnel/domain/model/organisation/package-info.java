/** Regulator units, enterprises and associations: the organisations people belong to. */
package org.cosqual.personnel.domain.model.organisation;
