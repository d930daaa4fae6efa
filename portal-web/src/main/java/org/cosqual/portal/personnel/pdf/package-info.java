/**
 * The printable archive card (人员档案表) of a key-staff member as a PDF: Chinese or English labels from
 * the portal's bundle, an embedded Chinese font, id numbers masked.
 */
package org.cosqual.portal.personnel.pdf;
