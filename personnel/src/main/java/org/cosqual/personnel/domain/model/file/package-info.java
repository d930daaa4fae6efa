/**
 * Uploaded files: what is stored (name, detected type, size, SHA-256, use) and the limits of each
 * use. The bytes themselves live on disk, addressed by their SHA-256.
 */
package org.cosqual.personnel.domain.model.file;
