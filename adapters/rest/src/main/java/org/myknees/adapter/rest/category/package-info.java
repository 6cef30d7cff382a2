/** The category taxonomy and a household's own categories over HTTP. */
package org.myknees.adapter.rest.category;
