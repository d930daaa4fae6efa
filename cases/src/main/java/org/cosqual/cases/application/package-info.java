/**
 * What users do with cases and knowledge: draft, revise, submit, review, publish and archive items;
 * read, search and compare what they may see.
 */
package org.cosqual.cases.application;
