/**
 * The import pipeline: parse, normalize, validate, dedupe, categorize and store a bank file as one import
 * batch that can be previewed, committed and reverted.
 */
package org.myknees.application.importing;
