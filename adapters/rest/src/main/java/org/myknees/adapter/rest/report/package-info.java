/** A household's reports over HTTP: month buckets, category trends, cash flow. */
package org.myknees.adapter.rest.report;
