/**
 * One-time events such as "kitchen remodel 2026": spending tagged to one is reported apart from monthly
 * budgets. Any module may use it.
 */
package org.myknees.domain.onetimeevent;
