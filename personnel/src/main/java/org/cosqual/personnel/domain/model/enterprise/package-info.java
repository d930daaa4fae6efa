/** Cosmetics enterprises and their registered identifiers (credit code, production licence). */
package org.cosqual.personnel.domain.model.enterprise;
