package org.myknees.domain.rule;

/** A field of a past transaction that applying rules to history may change. */
public enum HistoryField {
    CATEGORY, MERCHANT, TAG, ONE_TIME_EVENT, NOTES
}
