/** Report use cases: month buckets with drill-down, category trends and cash flow, answered by a store's query port. */
package org.myknees.application.report;
