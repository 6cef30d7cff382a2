/**
 * The MyKnees finance domain: pure Java with no dependency beyond the JDK. Everything else in the
 * product may depend on it; it depends on nothing.
 */
package org.myknees.domain;
