/**
 * The REST resources of categorization rules (CRUD, import, preview, apply) and of categorizing one transaction
 * again; the JSON shapes of a rule and their translation to the domain rule model, with validation errors that name
 * the field path. Only the JAX-RS runtime uses this package.
 */
package org.myknees.adapter.rest.rule;
