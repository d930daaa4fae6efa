/** Cases and knowledge in the portal: the handbook as a PDF (the pages come with a later step). */
package org.cosqual.portal.cases;
