/**
 * Use cases and the ports that bound them. Depends on the domain only; adapters implement the outgoing
 * ports ({@code port.out}) and drive the incoming ones ({@code port.in}).
 */
package org.myknees.application;
