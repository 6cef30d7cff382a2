/**
 * Bank file parsers, one sub-package per format, each a {@link
 * org.myknees.application.importing.port.out.StatementParser} registered for {@link java.util.ServiceLoader}.
 * Only {@code bootstrap} wires them; no other adapter may depend on this one.
 */
package org.myknees.adapter.bankformat;
