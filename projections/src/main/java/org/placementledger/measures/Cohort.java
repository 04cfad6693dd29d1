package org.placementledger.measures;

import java.util.Arrays;

/** The children in care in one run at one month end: age and months in care in months, and category. */
final class Cohort {
    int[] age;
    int[] months;
    int[] category;
    int size;

    Cohort(int capacity) {
        age = new int[capacity];
        months = new int[capacity];
        category = new int[capacity];
    }

    void add(int ageMonths, int monthsInCare, int categoryIndex) {
        if (size == age.length) {
            age = Arrays.copyOf(age, size * 2);
            months = Arrays.copyOf(months, size * 2);
            category = Arrays.copyOf(category, size * 2);
        }
        age[size] = ageMonths;
        months[size] = monthsInCare;
        category[size++] = categoryIndex;
    }
}
