package org.placementledger.commandside.http;

import org.placementledger.commandside.imports.Folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder where uploaded returns wait for their import; emptied at start, each upload deleted once imported. */
public record ImportUploads(Path folder) {

    public ImportUploads {
        try {
            Folders.delete(folder);
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the uploads folder " + folder, e);
        }
    }
}
