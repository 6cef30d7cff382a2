/**
 * Households, the tenants that own all data, and their members with roles (owner, editor, viewer). Any module
 * may use it.
 */
package org.myknees.domain.household;
