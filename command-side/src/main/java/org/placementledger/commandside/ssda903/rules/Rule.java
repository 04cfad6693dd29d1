package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import org.placementledger.events.codes.Validity;

import java.util.EnumSet;
import java.util.Set;

/**
 * One of DfE's validation rules for the 903 return, under DfE's number and with DfE's message.
 *
 * @param kind   an {@link Kind#ERROR} refuses the child's return; a {@link Kind#QUERY} (DfE's "please check")
 *               is reported as a warning and the child taken in
 * @param years  the collection years DfE's specification has the rule in
 * @param reads  the files the rule reads: it is applied only to an import that was given all of them
 */
public record Rule(String number, Kind kind, String message, Validity years, Set<ReturnFile> reads, Check check) {

    public enum Kind { ERROR, QUERY }

    /** The rule itself: reads the child's return and says where it is broken. Plain Java, no state. */
    @FunctionalInterface
    public interface Check {
        void check(ChildReturn child, Findings out);
    }

    public static Rule error(String number, String message, Set<ReturnFile> reads, Check check) {
        return new Rule(number, Kind.ERROR, message, Validity.ALWAYS, reads, check);
    }

    public static Rule query(String number, String message, Set<ReturnFile> reads, Check check) {
        return new Rule(number, Kind.QUERY, message, Validity.ALWAYS, reads, check);
    }

    /** The same rule in DfE's specification from the collection year starting in {@code startYear} on. */
    public Rule from(int startYear) {
        return new Rule(number, kind, message, new Validity(Validity.from(startYear).first(), years.last()), reads, check);
    }

    /** The same rule in DfE's specification up to the collection year starting in {@code startYear}. */
    public Rule until(int startYear) {
        return new Rule(number, kind, message, new Validity(years.first(), Validity.until(startYear).last()), reads, check);
    }

    public static Set<ReturnFile> reads(ReturnFile first, ReturnFile... more) {
        return EnumSet.of(first, more);
    }

    public boolean appliesTo(ChildReturn child) {
        if (!years.includes(child.year())) return false;
        for (ReturnFile f : reads) if (!child.supplies(f)) return false;
        return true;
    }
}
