/**
 * Exact money: signed amounts in minor units with their currency, parsing, formatting and allocation
 * without losing or inventing a cent. Any module may use it.
 */
package org.myknees.domain.money;
