package org.placementledger.commandside.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Work folders of imports, which are removed once done with. */
public final class Folders {

    private Folders() {
    }

    /** Removes a folder and all in it; what cannot be removed now is left for the next start to clear. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) return;
        try (var walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // left for the next start
        }
    }
}
