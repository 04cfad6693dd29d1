package org.placementledger.events.ssda903;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file one record at a time (RFC 4180: quoted fields, doubled quotes, CRLF or LF), so a file
 * of any size is read in bounded memory. Each record knows the line it started on, for the report.
 */
public final class CsvReader implements AutoCloseable {

    /** One record: the line of the file it starts on (the header is line 1) and its fields. */
    public record Record(long line, List<String> fields) {
    }

    private final BufferedReader in;
    private long line;
    private boolean first = true;

    public CsvReader(Reader reader) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    }

    /** The next record, or null at the end of the file. Blank lines are passed over. */
    public Record next() {
        try {
            String text;
            do {
                text = in.readLine();
                if (text == null) return null;
                line++;
                if (first) {
                    first = false;
                    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
                }
            } while (text.isBlank());
            long startLine = line;
            List<String> fields = new ArrayList<>(16);
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i >= text.length()) {
                    if (!quoted) break;
                    // A quoted field runs on over a line break.
                    String more = in.readLine();
                    if (more == null) throw new MalformedCsvException(startLine, "a quoted field is not closed before the end of the file");
                    line++;
                    field.append('\n');
                    text = more;
                    i = 0;
                    continue;
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return new Record(startLine, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a CSV text held whole (a few lines), their fields only. */
    public static List<List<String>> parse(String text) {
        List<List<String>> out = new java.util.ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        try (CsvReader csv = new CsvReader(new java.io.StringReader(text))) {
            for (Record r = csv.next(); r != null; r = csv.next()) out.add(r.fields());
        }
        return out;
    }

    /** Writes one record, quoting only the fields that need it. */
    public static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        return out.append('\n').toString();
    }
}
