/** Account use cases: open, rename, archive and list the accounts of a household. */
package org.myknees.application.account;
