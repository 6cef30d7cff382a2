/**
 * The lint of the OpenAPI document the client is generated from (Spectral, next to the openapi-generator validator
 * that runs in the build). Tests only.
 */
package org.myknees.client.lint;
