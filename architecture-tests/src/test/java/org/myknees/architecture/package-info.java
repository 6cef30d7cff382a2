/**
 * The architecture guard of MyKnees: named ArchUnit rules ({@link org.myknees.architecture.MykneesArchitecture}),
 * their check against the real modules, proofs that each rule fires on a seeded violation, and the source-tree
 * check that every package documents itself in a {@code package-info.java}.
 */
package org.myknees.architecture;
