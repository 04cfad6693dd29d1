package org.placementledger.events.ssda903;

/** A file that cannot be read as CSV at all, with the file (once known) and the line where reading stopped. */
public class MalformedCsvException extends RuntimeException {

    private final String file;
    private final long line;
    private final String problem;

    public MalformedCsvException(long line, String problem) {
        this(null, line, problem);
    }

    private MalformedCsvException(String file, long line, String problem) {
        super((file == null ? "" : file + " ") + "line " + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The same problem, naming the file it is in. */
    public MalformedCsvException inFile(String name) {
        return new MalformedCsvException(name, line, problem);
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
