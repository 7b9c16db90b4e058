package org.vanban.corpus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The texts the benchmarks run on: every .md and .txt file of a folder, in name order. */
final class BenchmarkTexts {

    /** The real corpus, when it sits beside the checkout (the working directory is the checkout's root). */
    static final Path REAL_CORPUS = Path.of("..", "shared", "real-corpus", "docs");

    private BenchmarkTexts() {
    }

    static List<String> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no .md or .txt files");
        }
        List<String> out = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(f + ": unreadable", e);
            }
        }
        return out;
    }
}
