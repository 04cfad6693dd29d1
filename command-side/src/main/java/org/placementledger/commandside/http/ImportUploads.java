package org.placementledger.commandside.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** The folder where uploaded returns wait for their import; emptied at start, each upload deleted once imported. */
public record ImportUploads(Path folder) {

    public ImportUploads {
        try {
            if (Files.exists(folder)) delete(folder);
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the uploads folder " + folder, e);
        }
    }

    static void delete(Path path) {
        if (!Files.exists(path)) return;
        try (var walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // left for the next start to clear
        }
    }
}
