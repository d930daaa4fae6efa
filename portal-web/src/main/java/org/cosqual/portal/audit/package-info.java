/** The audit administrator's view: the trail and its verifier. */
package org.cosqual.portal.audit;
