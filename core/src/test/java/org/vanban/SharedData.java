package org.vanban;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} through the {@code vanban.shared.dir} system property; skips the test without it. */
public final class SharedData {

    private SharedData() {
    }

    /** {@code shared/<relative>}, or the calling test is skipped with a message saying why. */
    public static Path dir(String relative) {
        String shared = System.getProperty("vanban.shared.dir");
        assumeTrue(shared != null, "vanban.shared.dir is not set: shared data is not available");
        Path dir = Path.of(shared).resolve(relative);
        assumeTrue(Files.isDirectory(dir), dir + " is absent: skipping");
        return dir;
    }
}
