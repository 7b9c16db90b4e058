package org.vanban.vncorenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * VnCoreNLP's annotation of one text, read from its tab-separated output: one word per line, sentences separated
 * by blank lines, columns index, form, POS, NER, head, relation ({@code _} where an annotator did not run). VnCoreNLP
 * itself writes an empty column after a missing head ({@code 1 KẾ_HOẠCH _ _ _ <empty> _}); both layouts are read,
 * and so is the output of its server and Python wrapper, which use the same columns.
 *
 * @param source    where it was read from (for messages)
 * @param sentences the sentences, each a list of words in order
 */
public record VnCoreNlpOutput(String source, List<List<VnCoreNlpWord>> sentences) {

    /** Lines longer than this are not VnCoreNLP output; refusing them bounds the memory a bad file can take. */
    static final int MAX_LINE_LENGTH = 100_000;

    public VnCoreNlpOutput {
        sentences = sentences.stream().map(List::copyOf).toList();
    }

    /** Reads a UTF-8 file. */
    public static VnCoreNlpOutput read(Path file) throws IOException {
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            return parse(in, file.toString());
        } catch (CharacterCodingException e) {
            throw new VnCoreNlpFormatException(file + ": not UTF-8 text");
        }
    }

    /** Parses the format from a reader; {@code source} names it in errors. */
    public static VnCoreNlpOutput parse(Reader reader, String source) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<List<VnCoreNlpWord>> sentences = new ArrayList<>();
        List<VnCoreNlpWord> sentence = new ArrayList<>();
        int lineNumber = 0;
        StringBuilder line = new StringBuilder();
        while (readLine(in, line, source, lineNumber + 1)) {
            lineNumber++;
            String text = line.toString();
            if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                    sentence = new ArrayList<>();
                }
                continue;
            }
            sentence.add(parseWord(text, source, lineNumber));
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        return new VnCoreNlpOutput(source, sentences);
    }

    /** Every word, sentence after sentence. */
    public List<VnCoreNlpWord> words() {
        List<VnCoreNlpWord> all = new ArrayList<>();
        sentences.forEach(all::addAll);
        return all;
    }

    private static boolean readLine(BufferedReader in, StringBuilder line, String source, int number)
            throws IOException {
        line.setLength(0);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                return true;
            }
            if (c != '\r') {
                if (line.length() >= MAX_LINE_LENGTH) {
                    throw new VnCoreNlpFormatException(source + ":" + number + ": line longer than "
                            + MAX_LINE_LENGTH + " characters: not VnCoreNLP output");
                }
                line.append((char) c);
            }
        }
        return line.length() > 0;
    }

    private static VnCoreNlpWord parseWord(String line, String source, int number) throws VnCoreNlpFormatException {
        String[] cols = line.split("\t", -1);
        if (cols.length < 2) {
            throw new VnCoreNlpFormatException(source + ":" + number + ": expected tab-separated columns "
                    + "(index, form, POS, NER, head, relation), found \"" + abbreviate(line) + "\"");
        }
        int index;
        try {
            index = Integer.parseInt(cols[0].strip());
        } catch (NumberFormatException e) {
            throw new VnCoreNlpFormatException(source + ":" + number + ": the first column must be the word's "
                    + "index, found \"" + abbreviate(cols[0]) + "\"");
        }
        String form = cols[1].strip();
        if (form.isEmpty()) {
            throw new VnCoreNlpFormatException(source + ":" + number + ": empty word form");
        }
        // After form: POS, NER, then head and relation; VnCoreNLP leaves an empty column after a "_" head.
        List<String> rest = new ArrayList<>();
        for (int i = 2; i < cols.length; i++) {
            String col = cols[i].strip();
            if (!(col.isEmpty() && i == 5 && "_".equals(cols[4].strip()))) {
                rest.add(col);
            }
        }
        String pos = column(rest, 0);
        String ner = column(rest, 1);
        String headText = column(rest, 2);
        int head = -1;
        if (headText != null) {
            try {
                head = Integer.parseInt(headText);
            } catch (NumberFormatException e) {
                throw new VnCoreNlpFormatException(source + ":" + number + ": the head column must be a number or "
                        + "_, found \"" + abbreviate(headText) + "\"");
            }
        }
        return new VnCoreNlpWord(index, form, pos, ner, head, column(rest, 3));
    }

    private static String column(List<String> cols, int i) {
        if (i >= cols.size()) {
            return null;
        }
        String v = cols.get(i);
        return v.isEmpty() || v.equals("_") ? null : v;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }
}
