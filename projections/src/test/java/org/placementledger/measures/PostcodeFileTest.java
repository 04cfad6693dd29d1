package org.placementledger.measures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placementledger.events.Postcode;
import org.placementledger.measures.geography.PostcodeGrid;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostcodeFileTest {

    @TempDir
    Path dir;

    @Test
    void givenAFullPostcodeFile_thenAnExactPostcodeWinsOverItsSector_andOthersFallBackToTheSector() throws Exception {
        Path file = dir.resolve("postcodes.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("postcode,easting,northing,la_code\nTQ1 3AB,291900,64900,E06000027\n".getBytes(StandardCharsets.UTF_8));
        }
        PostcodeGrid grid = PostcodeGrid.withPostcodeFile(file);
        assertThat(grid.locate(Postcode.of("TQ1 3AB")).orElseThrow().easting()).isEqualTo(291900);
        assertThat(grid.locate(Postcode.of("TQ1 3AD")).orElseThrow().easting()).as("sector centroid").isEqualTo(291978);
        assertThat(grid.postcodeCount()).isEqualTo(1);
    }

    @Test
    void givenAFileWithABadRow_thenItIsRefusedWithTheLineNumber() throws Exception {
        Path file = dir.resolve("postcodes.csv");
        Files.writeString(file, "postcode,easting,northing,la_code\nTQ1 3AB,291900,64900,E06000027\nTQ1 3AD,not-a-number,64900,E06000027\n");
        assertThatThrownBy(() -> PostcodeGrid.withPostcodeFile(file)).hasMessageContaining("line 3");
    }
}
