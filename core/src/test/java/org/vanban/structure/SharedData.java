package org.vanban.structure;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} through the {@code vanban.shared.dir} system property; skips the test without it. */
final class SharedData {

    private SharedData() {
    }

    static Path dir(String relative) {
        String shared = System.getProperty("vanban.shared.dir");
        assumeTrue(shared != null, "vanban.shared.dir is not set: shared data is not available");
        Path dir = Path.of(shared).resolve(relative);
        assumeTrue(Files.isDirectory(dir), dir + " is absent: skipping");
        return dir;
    }
}
