package org.vanban.index;

import java.nio.file.Path;

/** A file that could not be indexed, and why (one line fit to show a user). */
public record IndexFailure(Path file, String problem) {

    @Override
    public String toString() {
        return file + ": " + problem;
    }
}
