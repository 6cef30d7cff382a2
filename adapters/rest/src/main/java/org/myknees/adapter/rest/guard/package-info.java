/**
 * Request guards that apply to every resource: the body size limit and strict JSON binding (unknown fields
 * are refused). Registered with JAX-RS as providers.
 */
package org.myknees.adapter.rest.guard;
