package org.vanban.entity;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.vanban.TextSpan;

/**
 * An entity tagger backed by an Apache OpenNLP name finder model (types {@code person}, {@code organization},
 * {@code location}, {@code role}). The text is split into the same tokens as the rule tagger's
 * ({@link TokenizedText}) and into chunks at line breaks and sentence ends; entities that overlap a protected span
 * are dropped.
 *
 * <p>The model is shared and immutable; a {@link NameFinderME} (which keeps per-document state) is made per call,
 * so one tagger may serve many threads.
 */
public final class OpenNlpEntityTagger implements EntityTagger {

    private static final int MAX_CHUNK_TOKENS = 120;

    private final TokenNameFinderModel model;

    public OpenNlpEntityTagger(TokenNameFinderModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** Loads a model serialised by OpenNLP ({@code TokenNameFinderModel#serialize}). */
    public static OpenNlpEntityTagger load(InputStream in) throws IOException {
        return new OpenNlpEntityTagger(new TokenNameFinderModel(in));
    }

    @Override
    public List<Entity> tag(String text, List<TextSpan> protectedSpans) {
        TokenizedText tt = TokenizedText.of(text);
        boolean[] blocked = RuleEntityTagger.protectedMask(tt, protectedSpans);
        NameFinderME finder = new NameFinderME(model);
        List<Entity> out = new ArrayList<>();
        int from = 0;
        while (from < tt.size()) {
            int to = chunkEnd(tt, from);
            String[] tokens = new String[to - from];
            for (int i = from; i < to; i++) {
                tokens[i - from] = tt.get(i).text();
            }
            for (Span s : finder.find(tokens)) {
                int a = from + s.getStart();
                int b = from + s.getEnd();
                EntityKind kind = kind(s.getType());
                if (kind == null || anyBlocked(blocked, a, b)) {
                    continue;
                }
                out.add(new Entity(tt.span(a, b), kind, tt.get(a).start(), tt.get(b - 1).end()));
            }
            from = to;
        }
        return out;
    }

    /** The end of the chunk starting at {@code from}: after a sentence-final mark, before a line break. */
    static int chunkEnd(TokenizedText tt, int from) {
        String text = tt.text();
        int i = from;
        while (i < tt.size() && i - from < MAX_CHUNK_TOKENS) {
            Token t = tt.get(i);
            i++;
            if (t.is('.') || t.is(';') || t.is('!') || t.is('?')) {
                break;
            }
            if (i < tt.size() && text.indexOf('\n', t.end()) >= 0 && text.indexOf('\n', t.end()) < tt.get(i).start()) {
                break;
            }
        }
        return i;
    }

    private static boolean anyBlocked(boolean[] blocked, int a, int b) {
        for (int i = a; i < b; i++) {
            if (blocked[i]) {
                return true;
            }
        }
        return false;
    }

    private static EntityKind kind(String type) {
        if (type == null) {
            return null;
        }
        switch (type.toLowerCase(Locale.ROOT)) {
            case "person":
                return EntityKind.PERSON;
            case "organization":
            case "organisation":
                return EntityKind.ORGANIZATION;
            case "location":
                return EntityKind.LOCATION;
            case "role":
                return EntityKind.ROLE;
            default:
                return null;
        }
    }
}
