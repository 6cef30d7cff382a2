/**
 * Reading the comma-separated data the domain ships with (taxonomy, merchant directory). Any domain package may
 * use it; adapters read their users' CSV with their own parsers.
 */
package org.myknees.domain.csv;
