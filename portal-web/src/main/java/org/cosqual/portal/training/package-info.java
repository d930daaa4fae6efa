/** The training views: my training, the approval of reported hours and the yearly requirement. */
package org.cosqual.portal.training;
