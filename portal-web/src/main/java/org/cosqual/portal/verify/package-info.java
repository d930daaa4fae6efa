/** The public verification of issued documents: {@code /public/verify/{code}}. */
package org.cosqual.portal.verify;
