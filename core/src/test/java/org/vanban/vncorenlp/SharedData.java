package org.vanban.vncorenlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (system property vanban.shared.dir, set by surefire); tests skip when it is absent. */
final class SharedData {

    private SharedData() {
    }

    static Path dir(String relative) {
        String shared = System.getProperty("vanban.shared.dir");
        assumeTrue(shared != null, "vanban.shared.dir is not set: skipping the test on shared data");
        Path dir = Path.of(shared).resolve(relative);
        assumeTrue(Files.isDirectory(dir), dir + " is absent: skipping the test on shared data");
        return dir;
    }
}
