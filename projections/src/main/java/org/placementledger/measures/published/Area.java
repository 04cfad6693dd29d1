package org.placementledger.measures.published;

/**
 * A place the DfE publishes figures for.
 *
 * @param code       the ONS code: {@code E92000001} for England, {@code E12...} for a region, {@code E06/E08/E09/E10...}
 *                   for a local authority (the code a council configures for out of area)
 * @param oldCode    the DfE's three-digit authority number (statistical neighbours are named by it); null above
 * @param regionCode the region a local authority is in; null for England and the regions
 */
public record Area(Level level, String code, String oldCode, String name, String regionCode) {

    public enum Level { NATIONAL, REGIONAL, LOCAL_AUTHORITY }

    public static final String ENGLAND = "E92000001";
}
