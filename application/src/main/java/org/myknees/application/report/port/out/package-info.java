/**
 * The report query port: a store answers it with its own aggregation, giving exactly the results that
 * {@link org.myknees.domain.report.ReportCalculator} defines. Checked by the contract suite.
 */
package org.myknees.application.report.port.out;
