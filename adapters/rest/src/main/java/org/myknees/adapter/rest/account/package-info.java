/** A household's accounts over HTTP. */
package org.myknees.adapter.rest.account;
