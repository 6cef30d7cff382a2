/**
 * Households and membership: creating households, inviting and removing members, and the access policy every
 * other use case applies (non-members see "not found", viewers cannot write).
 */
package org.myknees.application.household;
