/** What the portal's PDFs share. */
package org.cosqual.portal.pdf;
