package org.vanban.corpus.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vanban.TextSpan;

/**
 * Text segmented by hand in the VnCoreNLP convention, one sentence per line: words separated by spaces, the
 * syllables of a word joined by {@code _}; {@code #} lines are comments. Gives back the plain text (syllables
 * separated by single spaces, one sentence per line) and the reference word spans in it.
 *
 * @param text  the plain text
 * @param words the reference words, as spans of {@code text}
 */
public record SegmentedText(String text, List<TextSpan> words) {

    public static SegmentedText read(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        List<TextSpan> words = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            boolean first = true;
            for (String word : line.strip().split(" +")) {
                if (!first) {
                    text.append(' ');
                }
                first = false;
                int start = text.length();
                text.append(word.replace('_', ' '));
                words.add(new TextSpan(start, text.length()));
            }
            text.append('\n');
        }
        return new SegmentedText(text.toString(), List.copyOf(words));
    }
}
