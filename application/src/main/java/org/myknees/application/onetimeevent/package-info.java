/** One-time event use cases: plan, reschedule and list events whose spending is reported apart. */
package org.myknees.application.onetimeevent;
