/**
 * Built-in knowledge of bank descriptors: normalizing raw bank text, extracting a human merchant name, and
 * a directory of known merchants, billers and bank texts with their taxonomy category. Pure JDK; the
 * application's categorization and any adapter may use it.
 */
package org.myknees.domain.merchant;
