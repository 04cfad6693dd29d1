package org.placementledger.measures.geography;

import org.placementledger.events.Postcode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Grid references by postcode, from CSV files in the layout of the ONS postcode lookup extracts: a full
 * postcode file ({@code postcode,easting,northing,la_code}, optionally gzipped) for exact 903 distances,
 * and the sector centroids shipped with the application ({@code sector,easting,northing,postcodes,la_code})
 * for when no full file is configured. A full postcode is looked up first, then its sector.
 */
public final class PostcodeGrid implements Geography {

    /** The sector centroids on the classpath (Open Government Licence; see geography/ATTRIBUTION.txt). */
    public static final String SHIPPED_SECTORS = "/geography/postcode-sectors.csv";

    private final Map<String, GridReference> postcodes;
    private final Map<String, GridReference> sectors;
    /** Answers already found, by postcode: a council's postcodes repeat across every figure it asks for. */
    private final Map<String, Optional<GridReference>> answers = new java.util.concurrent.ConcurrentHashMap<>();

    private PostcodeGrid(Map<String, GridReference> postcodes, Map<String, GridReference> sectors) {
        this.postcodes = postcodes;
        this.sectors = sectors;
    }

    public static PostcodeGrid shippedSectors() {
        try (InputStream in = PostcodeGrid.class.getResourceAsStream(SHIPPED_SECTORS)) {
            if (in == null) throw new IllegalStateException(SHIPPED_SECTORS + " is missing from the classpath");
            return new PostcodeGrid(Map.of(), read(in, SHIPPED_SECTORS, 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped sectors plus a full postcode file, which takes precedence. */
    public static PostcodeGrid withPostcodeFile(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return new PostcodeGrid(read(in, file.toString(), 3), shippedSectors().sectors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the postcode file " + file, e);
        }
    }

    /** Reads key,easting,northing,...; the local authority is in column {@code laColumn}. Bad rows are reported with their line. */
    private static Map<String, GridReference> read(InputStream in, String source, int laColumn) throws IOException {
        Map<String, GridReference> byKey = new HashMap<>(1 << 16);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = reader.readLine(); // header
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) continue;
            String[] cols = line.split(",", -1);
            try {
                String la = cols.length > laColumn ? cols[laColumn].trim() : "";
                byKey.put(normalise(cols[0]), new GridReference(Long.parseLong(cols[1].trim()), Long.parseLong(cols[2].trim()), la));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + " line " + lineNumber + ": expected key,easting,northing,... but found '" + line + "'", e);
            }
        }
        return byKey;
    }

    private static String normalise(String key) {
        return key.trim().toUpperCase().replaceAll("\\s+", " ");
    }

    @Override
    public Optional<GridReference> locate(Postcode postcode) {
        if (postcode == null) return Optional.empty();
        Optional<GridReference> known = answers.get(postcode.value());
        return known != null ? known : answers.computeIfAbsent(postcode.value(), value -> find(postcode));
    }

    private Optional<GridReference> find(Postcode postcode) {
        GridReference exact = postcodes.get(postcode.value());
        if (exact != null) return Optional.of(exact);
        // After erasure only the sector is left, and it is where the shipped distances are measured from anyway.
        if (postcode.isSectorOnly()) return Optional.ofNullable(sectors.get(postcode.value()));
        if (!postcode.isWellFormed()) return Optional.empty();
        return Optional.ofNullable(sectors.get(postcode.sector()));
    }

    public int postcodeCount() {
        return postcodes.size();
    }

    public int sectorCount() {
        return sectors.size();
    }
}
