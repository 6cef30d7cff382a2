/**
 * Import batches and the policies an import follows: how a bank row is judged a duplicate of a stored one
 * (the bank's id, then occurrence counts per day, then a posted row replacing its pending twin) and how a
 * batch records what it did so it can be reverted. Any module may use it.
 */
package org.myknees.domain.importing;
