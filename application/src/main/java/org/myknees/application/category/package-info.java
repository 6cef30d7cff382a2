/** Category use cases: the taxonomy, a household's own categories (create, rename, merge) and their validation. */
package org.myknees.application.category;
