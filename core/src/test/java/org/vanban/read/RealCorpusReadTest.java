package org.vanban.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vanban.normalize.NormalizedText;
import org.vanban.normalize.VietnameseNormalizer;

/** Every file of the real corpus reads without error, unchanged, and normalises with a valid offset map. */
class RealCorpusReadTest {

    @Test
    void everyRealCorpusFileReads() throws Exception {
        String shared = System.getProperty("vanban.shared.dir");
        Path corpus = shared == null ? null : Path.of(shared, "real-corpus", "docs");
        assumeTrue(corpus != null && Files.isDirectory(corpus),
                "shared/real-corpus not found (vanban.shared.dir=" + shared + "); skipping");
        TikaDocumentReader reader = new TikaDocumentReader();
        VietnameseNormalizer normalizer = new VietnameseNormalizer();
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        long chars = 0;
        long start = System.nanoTime();
        for (Path file : files) {
            try {
                ExtractedText read = reader.read(file);
                String original = Files.readString(file, StandardCharsets.UTF_8);
                if (!read.text().equals(original)) {
                    problems.add(file.getFileName() + ": text differs from the UTF-8 file (" + read.encoding() + ")");
                }
                NormalizedText normalized = normalizer.normalize(read.text());
                assertThat(normalized.sourceOffset(normalized.text().length())).isEqualTo(original.length());
                chars += original.length();
            } catch (ReadException e) {
                problems.add(file.getFileName() + ": " + e.getMessage());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "real corpus: %d files, %.1f M chars read and normalised in %.1f s%n",
                files.size(), chars / 1e6, seconds);
        assertThat(problems).isEmpty();
        assertThat(files).isNotEmpty();
    }
}
