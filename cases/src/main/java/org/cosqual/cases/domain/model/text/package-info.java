/** Rich text as the portal keeps it: sanitised HTML, its plain text, and the diff of two texts. */
package org.cosqual.cases.domain.model.text;
