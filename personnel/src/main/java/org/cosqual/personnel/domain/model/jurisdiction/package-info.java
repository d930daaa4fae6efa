/** The jurisdiction tree (province, cities, counties) that scopes what each regulator sees. */
package org.cosqual.personnel.domain.model.jurisdiction;
