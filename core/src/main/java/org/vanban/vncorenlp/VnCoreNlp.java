package org.vanban.vncorenlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vanban.TextSpan;
import org.vanban.entity.Entity;
import org.vanban.entity.EntityKind;
import org.vanban.entity.EntityTagger;
import org.vanban.entity.RuleEntityTagger;
import org.vanban.segment.SyllableScanner;
import org.vanban.segment.TokenKind;
import org.vanban.segment.WordSegmenter;
import org.vanban.segment.WordToken;

/**
 * VnCoreNLP as vanban's word segmenter and entity tagger, with offsets into vanban's normalised text.
 *
 * <p>Two sources of VnCoreNLP's annotation: {@link #load(Path)} runs an installation the user provides (jar and
 * models, loaded at run time); {@link #fromTsv(Path)} reads output VnCoreNLP produced elsewhere (its command line,
 * server or Python wrapper) in its tab-separated format. Either way:
 * <ul>
 *   <li>protected spans (the caller's, e.g. citations, and every symbol, date and number) never reach VnCoreNLP
 *       as text it could split: they are masked ({@link ProtectedText}) and come back as one
 *       {@link TokenKind#SYMBOL} or {@link TokenKind#NUMBER} token each;</li>
 *   <li>VnCoreNLP's words are aligned back to the text ({@link TokenAligner}), so each word and entity carries
 *       the offsets of the normalised text whatever VnCoreNLP did to tone marks and spacing;</li>
 *   <li>entities come from its NER column (PER, ORG, LOC; MISC is dropped); VnCoreNLP has no role class, so roles
 *       ("Hiệu trưởng", "Phó Giám đốc") come from another tagger, by default {@link RuleEntityTagger}.</li>
 * </ul>
 * Thread-safe: the engine serialises its own calls, and the last text's annotation is shared between
 * {@link #segment} and {@link #tag}.
 */
public final class VnCoreNlp implements WordSegmenter, EntityTagger {

    private static final Logger LOG = LoggerFactory.getLogger(VnCoreNlp.class);

    private final Source source;
    private final EntityTagger roleTagger;
    private final AtomicReference<Annotated> last = new AtomicReference<>();

    private VnCoreNlp(Source source, EntityTagger roleTagger) {
        this.source = source;
        this.roleTagger = Objects.requireNonNull(roleTagger, "roleTagger");
    }

    /**
     * Runs the VnCoreNLP installed in {@code home} (the folder holding {@code VnCoreNLP-*.jar} and
     * {@code models/}).
     *
     * @throws VnCoreNlpUnavailableException when the jar or a model is missing or does not load
     */
    public static VnCoreNlp load(Path home) throws VnCoreNlpUnavailableException {
        return new VnCoreNlp(new EngineSource(VnCoreNlpEngine.load(home)), new RuleEntityTagger());
    }

    /** Runs an engine that is already loaded. */
    public static VnCoreNlp using(VnCoreNlpEngine engine) {
        return new VnCoreNlp(new EngineSource(engine), new RuleEntityTagger());
    }

    /**
     * Reads VnCoreNLP output from a {@code .tsv} file, or from every {@code .tsv} file of a folder; each text given
     * to {@link #segment} or {@link #tag} is matched to the output whose words spell it (letters and digits,
     * diacritics folded). A text no output matches gets syllables and no entities, with a warning in the log.
     *
     * @throws IOException naming the file and line when a file is not in VnCoreNLP's format
     */
    public static VnCoreNlp fromTsv(Path fileOrFolder) throws IOException {
        List<Path> files;
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> s = Files.list(fileOrFolder)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".tsv") && Files.isRegularFile(p))
                        .sorted().toList();
            }
            if (files.isEmpty()) {
                throw new IOException(fileOrFolder + ": no .tsv files (VnCoreNLP output) in this folder");
            }
        } else if (Files.isRegularFile(fileOrFolder)) {
            files = List.of(fileOrFolder);
        } else {
            throw new IOException(fileOrFolder + ": no such file or folder");
        }
        List<VnCoreNlpOutput> outputs = new ArrayList<>();
        for (Path f : files) {
            outputs.add(VnCoreNlpOutput.read(f));
        }
        return fromOutputs(outputs);
    }

    /** Uses VnCoreNLP output already read. */
    public static VnCoreNlp fromOutputs(List<VnCoreNlpOutput> outputs) {
        return new VnCoreNlp(new OutputSource(outputs), new RuleEntityTagger());
    }

    /** The same annotation with roles taken from {@code roleTagger} (only its {@link EntityKind#ROLE} entities). */
    public VnCoreNlp withRoleTagger(EntityTagger roleTagger) {
        return new VnCoreNlp(source, roleTagger);
    }

    @Override
    public List<WordToken> segment(String text, List<TextSpan> protectedSpans) {
        List<WordToken> tokens = new ArrayList<>();
        for (Unit u : annotate(text, protectedSpans).units()) {
            tokens.add(WordToken.of(text, u.start(), u.end(), u.kind()));
        }
        return tokens;
    }

    @Override
    public List<Entity> tag(String text, List<TextSpan> protectedSpans) {
        List<TextSpan> forbidden = SyllableScanner.merge(protectedSpans, text.length());
        List<Entity> entities = new ArrayList<>();
        List<Unit> units = annotate(text, protectedSpans).units();
        int i = 0;
        while (i < units.size()) {
            String label = units.get(i).ner();
            EntityKind kind = kindOf(label);
            if (kind == null) {
                i++;
                continue;
            }
            String type = label.substring(2);
            int j = i + 1;
            while (j < units.size() && units.get(j).ner() != null && units.get(j).ner().length() > 2
                    && isInside(units.get(j).ner()) && units.get(j).ner().substring(2).equals(type)) {
                j++;
            }
            TextSpan span = new TextSpan(units.get(i).start(), units.get(j - 1).end());
            if (forbidden.stream().noneMatch(span::overlaps)) {
                entities.add(new Entity(text.substring(span.start(), span.end()), kind, span.start(), span.end()));
            }
            i = j;
        }
        for (Entity e : roleTagger.tag(text, protectedSpans)) {
            if (e.kind() == EntityKind.ROLE) {
                entities.add(e);
            }
        }
        entities.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return entities;
    }

    /** What share of VnCoreNLP's words was found in the text, for the last text annotated (1 when none). */
    public double lastAlignmentRate() {
        Annotated a = last.get();
        return a == null || a.words() == 0 ? 1.0 : (double) a.alignedWords() / a.words();
    }

    private static EntityKind kindOf(String label) {
        if (label == null || label.length() < 3 || label.charAt(1) != '-') {
            return null;
        }
        return switch (label.substring(2)) {
            case "PER" -> EntityKind.PERSON;
            case "ORG" -> EntityKind.ORGANIZATION;
            case "LOC" -> EntityKind.LOCATION;
            default -> null;
        };
    }

    /** I- (and BILOU's L-) continue an entity; B-, U-, S- start one. */
    private static boolean isInside(String label) {
        char c = label.charAt(0);
        return (c == 'I' || c == 'L' || c == 'E') && label.charAt(1) == '-';
    }

    private Annotated annotate(String text, List<TextSpan> protectedSpans) {
        Annotated cached = last.get();
        if (cached != null && cached.text().equals(text) && cached.protectedSpans().equals(protectedSpans)) {
            return cached;
        }
        ProtectedText masked = ProtectedText.of(text, protectedSpans);
        List<AlignedWord> words = source.words(masked);
        Annotated result = Annotated.of(masked, List.copyOf(protectedSpans), words);
        if (result.alignedWords() < result.words()) {
            LOG.warn("VnCoreNLP: {} of {} words could not be placed in the text", result.words()
                    - result.alignedWords(), result.words());
        }
        last.set(result);
        return result;
    }

    /** Where VnCoreNLP's words come from. */
    private interface Source {
        List<AlignedWord> words(ProtectedText text);
    }

    /** The live engine, given the masked text line by line (as VnCoreNLP's own command line reads files). */
    private record EngineSource(VnCoreNlpEngine engine) implements Source {
        @Override
        public List<AlignedWord> words(ProtectedText text) {
            String masked = text.masked();
            List<AlignedWord> out = new ArrayList<>();
            int lineStart = 0;
            while (lineStart <= masked.length()) {
                int lineEnd = masked.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = masked.length();
                }
                String line = masked.substring(lineStart, lineEnd);
                if (!line.isBlank()) {
                    List<VnCoreNlpWord> words = new ArrayList<>();
                    engine.annotate(line).forEach(words::addAll);
                    out.addAll(TokenAligner.align(masked, lineStart, lineEnd, words));
                }
                lineStart = lineEnd + 1;
            }
            return out;
        }
    }

    /** Output read from files, matched to a text by its letters and digits. */
    private static final class OutputSource implements Source {
        private final Map<String, VnCoreNlpOutput> byContent = new HashMap<>();

        OutputSource(List<VnCoreNlpOutput> outputs) {
            for (VnCoreNlpOutput o : outputs) {
                StringBuilder sb = new StringBuilder();
                o.words().forEach(w -> sb.append(w.form()));
                VnCoreNlpOutput previous = byContent.putIfAbsent(contentKey(sb), o);
                if (previous != null) {
                    LOG.warn("{} and {} annotate the same text; using the first", previous.source(), o.source());
                }
            }
        }

        @Override
        public List<AlignedWord> words(ProtectedText text) {
            VnCoreNlpOutput output = byContent.get(contentKey(text.original()));
            if (output == null) {
                LOG.warn("no VnCoreNLP output matches this text ({} characters, starting \"{}\")",
                        text.original().length(), text.original().substring(0, Math.min(40,
                                text.original().length())).strip());
                return List.of();
            }
            // The output was made from the text itself, symbols and all; the protected regions are restored after.
            return TokenAligner.align(text.original(), output.words());
        }

        private static String contentKey(CharSequence s) {
            String folded = TokenAligner.foldForMatching(s);
            StringBuilder sb = new StringBuilder(folded.length());
            for (int i = 0; i < folded.length(); i++) {
                if (Character.isLetterOrDigit(folded.charAt(i))) {
                    sb.append(folded.charAt(i));
                }
            }
            return sb.toString();
        }
    }

    /**
     * One token of the final reading: an aligned VnCoreNLP word, a protected region, or a filler for text
     * VnCoreNLP's words did not cover.
     */
    private record Unit(int start, int end, TokenKind kind, String ner) {
    }

    private record Annotated(String text, List<TextSpan> protectedSpans, List<Unit> units, int words,
            int alignedWords) {

        static Annotated of(ProtectedText masked, List<TextSpan> protectedSpans, List<AlignedWord> words) {
            String text = masked.original();
            List<WordToken> regions = masked.regions();
            List<Unit> units = new ArrayList<>();
            int aligned = 0;
            // A region takes the NER label of the first word that overlaps it.
            String[] regionLabel = new String[regions.size()];
            int r = 0;
            for (AlignedWord w : words) {
                if (!w.aligned()) {
                    continue;
                }
                aligned++;
                while (r < regions.size() && regions.get(r).end() <= w.start()) {
                    r++;
                }
                boolean overlaps = false;
                for (int k = r; k < regions.size() && regions.get(k).start() < w.end(); k++) {
                    overlaps = true;
                    if (regionLabel[k] == null) {
                        regionLabel[k] = w.word().ner() == null ? "O" : w.word().ner();
                    }
                }
                if (!overlaps) {
                    units.add(new Unit(w.start(), w.end(), kindOf(text, w.start(), w.end()), w.word().ner()));
                }
            }
            for (int k = 0; k < regions.size(); k++) {
                WordToken t = regions.get(k);
                units.add(new Unit(t.start(), t.end(), t.kind(), "O".equals(regionLabel[k]) ? null : regionLabel[k]));
            }
            units.sort(Comparator.comparingInt(Unit::start));
            List<Unit> filled = fillGaps(text, removeOverlaps(units));
            return new Annotated(text, protectedSpans, List.copyOf(filled), words.size(), aligned);
        }

        private static List<Unit> removeOverlaps(List<Unit> sorted) {
            List<Unit> out = new ArrayList<>(sorted.size());
            int end = 0;
            for (Unit u : sorted) {
                if (u.start() >= end) {
                    out.add(u);
                    end = u.end();
                }
            }
            return out;
        }

        /** Text no word covers (VnCoreNLP dropped or changed it) still gets tokens, from the syllable scanner. */
        private static List<Unit> fillGaps(String text, List<Unit> units) {
            List<Unit> out = new ArrayList<>(units.size());
            SyllableScanner scanner = new SyllableScanner();
            int covered = 0;
            for (Unit u : units) {
                addGap(text, covered, u.start(), scanner, out);
                out.add(u);
                covered = u.end();
            }
            addGap(text, covered, text.length(), scanner, out);
            return out;
        }

        private static void addGap(String text, int from, int to, SyllableScanner scanner, List<Unit> out) {
            if (from >= to || text.substring(from, to).isBlank()) {
                return;
            }
            for (WordToken t : scanner.segment(text.substring(from, to))) {
                out.add(new Unit(from + t.start(), from + t.end(), t.kind(), null));
            }
        }

        private static TokenKind kindOf(String text, int start, int end) {
            boolean letter = false;
            boolean digit = false;
            boolean other = false;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                int type = Character.getType(c);
                if (Character.isLetter(c) || type == Character.NON_SPACING_MARK) {
                    letter = true;
                } else if (Character.isDigit(c)) {
                    digit = true;
                } else if (!SyllableScanner.isSpace(c) && c != '-') {
                    other = true;
                }
            }
            if (letter && !digit && !other) {
                return TokenKind.WORD;
            }
            if (digit && !letter && !other) {
                return TokenKind.NUMBER;
            }
            return letter || digit ? TokenKind.SYMBOL : TokenKind.PUNCTUATION;
        }
    }
}
