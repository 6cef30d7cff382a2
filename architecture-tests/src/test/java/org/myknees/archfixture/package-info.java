/**
 * Fixture trees for the seeded-violation tests of the architecture rules: {@code compliant} is a tiny hexagon
 * that obeys every rule, {@code violating} holds classes that each break one named rule. Used only by
 * {@code org.myknees.architecture}; never imported by the checks of the real code.
 */
package org.myknees.archfixture;
