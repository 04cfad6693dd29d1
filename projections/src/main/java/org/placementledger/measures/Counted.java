package org.placementledger.measures;

/**
 * What one child adds to the census on a date.
 *
 * @param onDate           the child in care on the date, or null when not in care then
 * @param sinceYearStart   weekly pence-days of care from 1 April to the date (pence a week times days)
 */
record Counted(ChildOnDate onDate, long sinceYearStart) {
}
