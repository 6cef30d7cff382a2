/**
 * What the household's reports mean: which transactions count toward spending, how splits and one-time
 * events are reported, and the shapes of month buckets, trends and cash flow. Stores answer the report queries
 * with their own aggregation but must give exactly these results. Any module may use it.
 */
package org.myknees.domain.report;
