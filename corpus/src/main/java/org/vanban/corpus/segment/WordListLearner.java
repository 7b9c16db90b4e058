package org.vanban.corpus.segment;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.vanban.TextSpan;
import org.vanban.normalize.SyllableKey;
import org.vanban.normalize.VietnameseNormalizer;
import org.vanban.segment.DictionaryWordSegmenter;
import org.vanban.segment.SyllableScanner;
import org.vanban.segment.TokenKind;
import org.vanban.segment.WordLexicon;
import org.vanban.segment.WordToken;

/**
 * Learns the built-in segmenter's lexicon ({@code core/src/main/resources/org/vanban/segment/words.tsv}) from a
 * folder of real Vietnamese texts, by syllable-collocation statistics: a run of two to four syllables that occur
 * together far more often than their parts would by chance is a word. The association is the symmetric
 * conditional probability {@code c(w)² / mean over split points of c(left)·c(right)} (da Silva and Lopes, 1999).
 * Thresholds are chosen on a hand-segmented development set written for the project (never on the seed
 * documents), so the same inputs always give the same file.
 *
 * <p>Also records the syllables that are almost never capitalised inside a sentence, so that the segmenter does
 * not take a sentence's first word for the start of a name.
 *
 * <pre>java -cp … org.vanban.corpus.segment.WordListLearner ../shared/real-corpus/docs \
 *     corpus/src/main/resources/org/vanban/corpus/segment/dev-segmented.txt \
 *     core/src/main/resources/org/vanban/segment/words.tsv</pre>
 */
public final class WordListLearner {

    private static final int MAX_SYLLABLES = 4;
    private static final double[] PAIR_THRESHOLDS = {0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01};
    private static final double[] LONGER_THRESHOLDS = {0.05, 0.1, 0.2, 0.4, 0.6};
    /** A candidate that begins or ends with a function syllable needs at least this association. */
    private static final double[] FUNCTION_THRESHOLDS = {0.05, 0.1, 0.2, 0.4, 2};
    private static final int[] MIN_COUNTS = {3, 5, 10};
    /** A syllable seen at least this often inside sentences, capitalised less than {@link #LOWER_RATE} of it. */
    private static final int LOWER_MIN_COUNT = 20;
    private static final double LOWER_RATE = 0.05;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> surfaces = new ArrayList<>();
    private final List<int[]> phrases = new ArrayList<>();
    private final Map<Integer, int[]> capitalisation = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<Integer> functionSyllables = new java.util.HashSet<>();
    private int documents;

    WordListLearner() throws IOException {
        try (java.io.InputStream in = WordListLearner.class.getResourceAsStream("function-syllables.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    functionSyllables.add(id(line.strip()));
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: WordListLearner CORPUS_DIR DEV_FILE OUT_FILE");
            System.exit(2);
        }
        WordListLearner learner = new WordListLearner();
        learner.readCorpus(Path.of(args[0]));
        learner.countNgrams(MIN_COUNTS[0]);
        learner.chooseAndWrite(SegmentedText.read(Path.of(args[1])), Path.of(args[2]), System.out);
    }

    /** Reads every .md and .txt file of a folder (sorted by name), normalised as the pipeline does. */
    void readCorpus(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList();
        }
        VietnameseNormalizer normalizer = new VietnameseNormalizer();
        SyllableScanner scanner = new SyllableScanner();
        for (Path file : files) {
            String text = normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8)).text();
            addPhrases(text, scanner.segment(text));
            documents++;
        }
    }

    private void addPhrases(String text, List<WordToken> tokens) {
        List<Integer> phrase = new ArrayList<>();
        WordToken previous = null;
        for (WordToken t : tokens) {
            boolean syllable = t.kind() == TokenKind.WORD && t.text().indexOf('-') < 0;
            boolean continues = syllable && previous != null && !phrase.isEmpty() && sameLine(text, previous, t);
            if (!continues && !phrase.isEmpty()) {
                phrases.add(phrase.stream().mapToInt(Integer::intValue).toArray());
                phrase.clear();
            }
            if (syllable) {
                int id = id(t.text());
                if (continues) {
                    int[] cap = capitalisation.computeIfAbsent(id, k -> new int[2]);
                    cap[0]++;
                    if (Character.isUpperCase(t.text().charAt(0))) {
                        cap[1]++;
                    }
                }
                phrase.add(id);
            }
            previous = t;
        }
        if (!phrase.isEmpty()) {
            phrases.add(phrase.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private static boolean sameLine(String text, WordToken a, WordToken b) {
        for (int i = a.end(); i < b.start(); i++) {
            if (!SyllableScanner.isHorizontalSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int id(String syllable) {
        String key = SyllableKey.of(syllable);
        Integer id = ids.get(key);
        if (id == null) {
            id = surfaces.size();
            ids.put(key, id);
            surfaces.add(syllable.toLowerCase(Locale.ROOT));
        }
        return id;
    }

    /** Counts n-grams, n = 1..4, keeping only those whose every shorter part reached {@code minCount}. */
    void countNgrams(int minCount) {
        for (int n = 1; n <= MAX_SYLLABLES; n++) {
            Map<String, Integer> level = new HashMap<>();
            for (int[] p : phrases) {
                for (int i = 0; i + n <= p.length; i++) {
                    if (n > 1 && (count(p, i, n - 1) < minCount || count(p, i + 1, n - 1) < minCount)) {
                        continue;
                    }
                    level.merge(key(p, i, n), 1, Integer::sum);
                }
            }
            counts.putAll(level);
        }
    }

    private int count(int[] p, int from, int n) {
        return counts.getOrDefault(key(p, from, n), 0);
    }

    private static String key(int[] p, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(p[i]);
        }
        return sb.toString();
    }

    /** Word candidates with their association, at one minimum count. */
    private Map<String, Double> candidates(int minCount) {
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String[] parts = e.getKey().split(" ");
            if (parts.length < 2 || e.getValue() < minCount) {
                continue;
            }
            double c = e.getValue();
            double sum = 0;
            for (int split = 1; split < parts.length; split++) {
                sum += (double) counts.get(String.join(" ", java.util.Arrays.copyOfRange(parts, 0, split)))
                        * counts.get(String.join(" ", java.util.Arrays.copyOfRange(parts, split, parts.length)));
            }
            out.put(e.getKey(), c * c / (sum / (parts.length - 1)));
        }
        return out;
    }

    private Set<String> lowerCaseSyllables() {
        Set<String> out = new TreeSet<>();
        capitalisation.forEach((id, cap) -> {
            if (cap[0] >= LOWER_MIN_COUNT && cap[1] < LOWER_RATE * cap[0]) {
                out.add(surfaces.get(id));
            }
        });
        return out;
    }

    private String surface(String idKey) {
        StringBuilder sb = new StringBuilder();
        for (String id : idKey.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(surfaces.get(Integer.parseInt(id)));
        }
        return sb.toString();
    }

    /** Tries every threshold combination on the development set, writes the lexicon of the best one. */
    void chooseAndWrite(SegmentedText dev, Path out, PrintStream log) throws IOException {
        Set<String> lower = lowerCaseSyllables();
        double bestF1 = -1;
        Map<String, Float> bestWords = null;
        String bestParams = null;
        SegmentationAgreement bestScore = null;
        for (int minCount : MIN_COUNTS) {
            Map<String, Double> scored = candidates(minCount);
            for (double pair : PAIR_THRESHOLDS) {
              for (double longer : LONGER_THRESHOLDS) {
                for (double function : FUNCTION_THRESHOLDS) {
                    Map<String, Float> words = new TreeMap<>();
                    scored.forEach((k, v) -> {
                        String[] parts = k.split(" ");
                        boolean edge = functionSyllables.contains(Integer.parseInt(parts[0]))
                                || functionSyllables.contains(Integer.parseInt(parts[parts.length - 1]));
                        if (v >= (parts.length == 2 ? pair : longer) && (!edge || v >= function)) {
                            words.put(surface(k), (float) Math.max(1e-4, Math.min(1.0, v)));
                        }
                    });
                    DictionaryWordSegmenter segmenter = new DictionaryWordSegmenter(WordLexicon.of(words, lower));
                    List<TextSpan> spans = segmenter.segment(dev.text()).stream()
                            .map(t -> new TextSpan(t.start(), t.end())).toList();
                    SegmentationAgreement score = SegmentationAgreement.compare(dev.text(), dev.words(), spans);
                    String params = String.format(Locale.ROOT,
                            "minCount=%d pairThreshold=%s longerThreshold=%s functionThreshold=%s", minCount, pair,
                            longer, function);
                    log.println(params + " words=" + words.size() + " " + score.summary());
                    if (score.wordF1() > bestF1 + 1e-9) {
                        bestF1 = score.wordF1();
                        bestWords = words;
                        bestParams = params;
                        bestScore = score;
                    }
                }
              }
            }
        }
        log.println("chosen: " + bestParams + " words=" + bestWords.size());
        write(out, bestWords, lower, bestParams, bestScore);
    }

    private void write(Path out, Map<String, Float> words, Set<String> lower, String params,
            SegmentationAgreement devScore) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Lexicon of the built-in word segmenter (org.vanban.segment.DictionaryWordSegmenter).\n");
            w.write("# Generated by org.vanban.corpus.segment.WordListLearner from " + documents
                    + " real administrative texts (shared/real-corpus); do not edit by hand.\n");
            w.write("# " + params + "; development set: " + devScore.summary() + "\n");
            w.write("# word<TAB>association (symmetric conditional probability); ~syllable: lower case in sentences\n");
            for (Map.Entry<String, Float> e : words.entrySet()) {
                w.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
            }
            for (String s : lower) {
                w.write("~" + s + "\n");
            }
        }
    }
}
