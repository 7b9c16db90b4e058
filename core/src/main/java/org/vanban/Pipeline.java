package org.vanban;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import org.vanban.assign.Assignment;
import org.vanban.assign.AssignmentExtractor;
import org.vanban.assign.AssignmentRole;
import org.vanban.assign.RuleAssignmentExtractor;
import org.vanban.cite.Citation;
import org.vanban.cite.CitationExtractor;
import org.vanban.cite.NormalisationRepairs;
import org.vanban.cite.RuleCitationExtractor;
import org.vanban.deadline.Deadline;
import org.vanban.deadline.DeadlineExtractor;
import org.vanban.deadline.RuleDeadlineExtractor;
import org.vanban.entity.Entity;
import org.vanban.entity.EntityTagger;
import org.vanban.entity.RuleEntityTagger;
import org.vanban.normalize.NormalizedText;
import org.vanban.normalize.TextNormalizer;
import org.vanban.normalize.VietnameseNormalizer;
import org.vanban.read.DocumentReader;
import org.vanban.read.ExtractedText;
import org.vanban.read.ReadException;
import org.vanban.read.TikaDocumentReader;
import org.vanban.segment.DictionaryWordSegmenter;
import org.vanban.segment.WordSegmenter;
import org.vanban.structure.DocumentStructure;
import org.vanban.structure.RuleStructureParser;
import org.vanban.structure.StructureParser;

/**
 * read → normalise → structure → extract (citations, entities, deadlines, assignments) → {@link AnalyzedDocument}.
 *
 * <p>Each stage is an interface with one default implementation; replace any of them through {@link #builder()}.
 * A pipeline holds no mutable state: build it once and use it from many threads.
 */
public final class Pipeline {

    private final DocumentReader reader;
    private final TextNormalizer normalizer;
    private final StructureParser structureParser;
    private final CitationExtractor citationExtractor;
    private final EntityTagger entityTagger;
    private final DeadlineExtractor deadlineExtractor;
    private final AssignmentExtractor assignmentExtractor;
    private final WordSegmenter wordSegmenter;

    private Pipeline(Builder b) {
        this.reader = b.reader != null ? b.reader : new TikaDocumentReader();
        this.normalizer = b.normalizer != null ? b.normalizer : new VietnameseNormalizer();
        this.structureParser = b.structureParser != null ? b.structureParser : new RuleStructureParser();
        this.citationExtractor = b.citationExtractor != null ? b.citationExtractor : new RuleCitationExtractor();
        this.entityTagger = b.entityTagger != null ? b.entityTagger : new RuleEntityTagger();
        this.deadlineExtractor = b.deadlineExtractor != null ? b.deadlineExtractor : new RuleDeadlineExtractor();
        this.assignmentExtractor =
                b.assignmentExtractor != null ? b.assignmentExtractor : new RuleAssignmentExtractor();
        this.wordSegmenter = b.wordSegmenter != null ? b.wordSegmenter : new DictionaryWordSegmenter();
    }

    /** A pipeline with every default stage. */
    public static Pipeline defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads and analyses a file in any supported format. */
    public AnalyzedDocument analyze(Path file) throws ReadException {
        ExtractedText extracted = reader.read(file);
        return analyzeText(extracted.text(), file.toString());
    }

    /** Reads and analyses a document from a stream; {@code source} names it in the result and in errors. */
    public AnalyzedDocument analyze(InputStream content, String source) throws ReadException {
        ExtractedText extracted = reader.read(content, source);
        return analyzeText(extracted.text(), source);
    }

    /** Analyses text that is already Unicode (it is still normalised). */
    public AnalyzedDocument analyzeText(String rawText, String source) {
        Objects.requireNonNull(rawText, "rawText");
        NormalizedText normalized = normalizer.normalize(rawText);
        String text = normalized.text();
        DocumentStructure structure = structureParser.parse(text);
        List<Citation> citations = NormalisationRepairs.note(citationExtractor.extract(text, structure), rawText,
                normalized);
        List<Entity> entities = entityTagger.tag(text, protectedSpans(citations));
        List<Deadline> deadlines = deadlineExtractor.extract(text, structure, citations);
        List<Assignment> assignments = assignmentExtractor.extract(text, structure, citations, entities);
        deadlines = withAssignees(deadlines, assignments);
        AnalyzedDocument inChars = new AnalyzedDocument(source, structure.docType(), structure.number(),
                structure.issuedDate(), structure.place(), structure.title(), structure.issuer(), structure.signer(),
                structure.recipients(), structure.sections(), citations, deadlines, assignments, entities, text);
        return hasSurrogates(text) ? inChars.mapOffsets(charToCodePoint(text)) : inChars;
    }

    /**
     * A deadline that names no actor but lies inside an assignment's task is that assignee's to meet ("1. Phó Hiệu
     * trưởng: - Tổng hợp báo cáo …, gửi Phòng GD&ĐT trước ngày 20/5"): it takes the lead assignee as its {@code who}.
     */
    private static List<Deadline> withAssignees(List<Deadline> deadlines, List<Assignment> assignments) {
        if (assignments.isEmpty()) {
            return deadlines;
        }
        List<Deadline> result = new ArrayList<>(deadlines.size());
        for (Deadline d : deadlines) {
            String who = d.who();
            if (who == null) {
                for (Assignment a : assignments) {
                    if (a.role() != AssignmentRole.SUPPORT && a.start() <= d.start() && d.end() <= a.end()) {
                        who = a.who();
                        break;
                    }
                }
            }
            result.add(who == d.who() ? d
                    : new Deadline(d.surface(), d.start(), d.end(), d.date(), d.recurrence(), d.what(), who));
        }
        return result;
    }

    /** The normaliser this pipeline uses, for callers that need to normalise queries or gold the same way. */
    public TextNormalizer normalizer() {
        return normalizer;
    }

    public DocumentReader reader() {
        return reader;
    }

    /** The word segmenter chosen for this pipeline, for word-level analysis of its normalised text (the index). */
    public WordSegmenter wordSegmenter() {
        return wordSegmenter;
    }

    private static List<TextSpan> protectedSpans(List<Citation> citations) {
        List<TextSpan> spans = new ArrayList<>(citations.size());
        for (Citation c : citations) {
            spans.add(new TextSpan(c.start(), c.end()));
        }
        return spans;
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static IntUnaryOperator charToCodePoint(String text) {
        int[] codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
        return i -> codePointAt[i];
    }

    /** Chooses the stages; any left unset gets its default. */
    public static final class Builder {
        private DocumentReader reader;
        private TextNormalizer normalizer;
        private StructureParser structureParser;
        private CitationExtractor citationExtractor;
        private EntityTagger entityTagger;
        private DeadlineExtractor deadlineExtractor;
        private AssignmentExtractor assignmentExtractor;
        private WordSegmenter wordSegmenter;

        private Builder() {
        }

        public Builder reader(DocumentReader reader) {
            this.reader = reader;
            return this;
        }

        public Builder normalizer(TextNormalizer normalizer) {
            this.normalizer = normalizer;
            return this;
        }

        public Builder structureParser(StructureParser structureParser) {
            this.structureParser = structureParser;
            return this;
        }

        public Builder citationExtractor(CitationExtractor citationExtractor) {
            this.citationExtractor = citationExtractor;
            return this;
        }

        public Builder entityTagger(EntityTagger entityTagger) {
            this.entityTagger = entityTagger;
            return this;
        }

        public Builder deadlineExtractor(DeadlineExtractor deadlineExtractor) {
            this.deadlineExtractor = deadlineExtractor;
            return this;
        }

        public Builder assignmentExtractor(AssignmentExtractor assignmentExtractor) {
            this.assignmentExtractor = assignmentExtractor;
            return this;
        }

        public Builder wordSegmenter(WordSegmenter wordSegmenter) {
            this.wordSegmenter = wordSegmenter;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
