package org.placementledger.infra.imports;

import org.bson.Document;
import org.placementledger.commandside.imports.ImportRequest;
import org.placementledger.commandside.imports.ImportStore;
import org.placementledger.commandside.imports.Ssda903Importer;
import org.placementledger.commandside.ssda903.ImportFiles;
import org.placementledger.events.ssda903.ReturnFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The 903 import from the command line: with {@code --placement-ledger.import.year} and the files given, the
 * application imports them once it has started, writes the problems found as CSV, and (unless
 * {@code --placement-ledger.import.exit=false}) stops with status 0 when the import finished, 1 when it failed.
 */
@Component
public class ImportFromCommandLine implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportFromCommandLine.class);

    private final Ssda903Importer importer;
    private final ImportStore store;
    private final Environment env;
    private final ConfigurableApplicationContext context;

    public ImportFromCommandLine(Ssda903Importer importer, ImportStore store, Environment env, ConfigurableApplicationContext context) {
        this.importer = importer;
        this.store = store;
        this.env = env;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String year = env.getProperty("placement-ledger.import.year");
        if (year == null) return;
        Path episodes = required("episodes");
        Path header = required("header");
        Path uasc = optional("uasc");
        Path costs = optional("costs");
        // The return's other files, each under the name of its upload part: --placement-ledger.import.ad1=..., .oc2=...
        java.util.Map<ReturnFile, Path> others = new java.util.EnumMap<>(ReturnFile.class);
        java.util.Map<ReturnFile, String> otherNames = new java.util.EnumMap<>(ReturnFile.class);
        for (ReturnFile f : ReturnFile.values()) {
            if (!f.keptAsWritten()) continue;
            Path p = optional(f.part());
            if (p == null) continue;
            others.put(f, p);
            otherNames.put(f, p.getFileName().toString());
        }
        ImportFiles names = new ImportFiles(episodes.getFileName().toString(), header.getFileName().toString(),
                uasc == null ? null : uasc.getFileName().toString(), costs == null ? null : costs.getFileName().toString(), otherNames);
        CountDownLatch done = new CountDownLatch(1);
        String id = importer.start(new ImportRequest(Integer.parseInt(year.trim()), episodes, header, uasc, costs, others, names,
                env.getProperty("placement-ledger.import.by", System.getProperty("user.name", "command line"))), done::countDown);
        done.await();
        Document result = store.find(id);
        Path report = Path.of(env.getProperty("placement-ledger.import.report", "import-" + id + "-problems.csv"));
        writeProblems(id, report);
        log.info("Import {} {}: {} (problems written to {})", id, result.getString("status"), ((Document) result.get("progress")).toJson(), report.toAbsolutePath());
        if (result.get("failure") != null) log.error("Import {} failed: {}", id, result.get("failure"));
        if (env.getProperty("placement-ledger.import.exit", Boolean.class, true)) {
            int code = ImportStore.DONE.equals(result.getString("status")) ? 0 : 1;
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    private void writeProblems(String id, Path report) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            store.writeProblemsCsv(id, w);
        }
    }

    private Path required(String name) {
        Path p = optional(name);
        if (p == null) throw new IllegalArgumentException("--placement-ledger.import." + name + "=<file> is required with --placement-ledger.import.year");
        return p;
    }

    private Path optional(String name) {
        String value = env.getProperty("placement-ledger.import." + name);
        if (value == null || value.isBlank()) return null;
        Path p = Path.of(value);
        if (!Files.isReadable(p)) throw new IllegalArgumentException("--placement-ledger.import." + name + ": cannot read " + p.toAbsolutePath());
        return p;
    }
}
