/** Households and their members over HTTP. */
package org.myknees.adapter.rest.household;
