package org.placementledger.infra.faults;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Launches the JVMs the fault scenarios stop and kill, and makes sure none of them outlives the test run:
 * every process started here is killed by a shutdown hook of the test JVM, whatever the tests did or did not clean up.
 */
final class ChildProcesses {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "kill-fault-suite-children"));
    }

    private ChildProcesses() {
    }

    /**
     * The test classpath, for child JVMs to run the application, the broker and the wire server from the same jars
     * the tests compiled against. Surefire runs the tests from a manifest-only jar, so {@code java.class.path} may name
     * only that jar; it puts the real classpath in {@code surefire.test.class.path}.
     */
    static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        if (surefire != null && !surefire.isBlank()) return surefire;
        return System.getProperty("java.class.path");
    }

    /** A JVM running {@code mainClass} on the test classpath, its output (both streams) appended to {@code log}. */
    static Process java(List<String> jvmOptions, String mainClass, List<String> arguments, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The classpath can exceed what a command line comfortably holds: hand it over in the environment instead.
        builder.environment().put("CLASSPATH", testClasspath());
        try {
            Process process = builder.start();
            LIVE.add(process);
            process.onExit().thenRun(() -> LIVE.remove(process));
            return process;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot start " + mainClass, e);
        }
    }

    /** Where the children's logs go: {@code infra/target/faults/}, kept after the run for reading. */
    static Path logFolder() {
        Path folder = Path.of(System.getProperty("faults.logs", "target" + File.separator + "faults")).toAbsolutePath();
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot make " + folder, e);
        }
        return folder;
    }

    /** The last lines of a log, for a failure message. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = java.nio.file.Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }
}
