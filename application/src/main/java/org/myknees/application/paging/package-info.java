/** Cursor pagination shared by queries and stores: requests, pages and the opaque cursor. */
package org.myknees.application.paging;
