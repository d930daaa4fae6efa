/**
 * Appointments (任职记录) of key staff to key positions of enterprises, and the rules over them: 一证一人
 * and one current holder of the positions that allow only one.
 */
package org.cosqual.personnel.domain.model.appointment;
