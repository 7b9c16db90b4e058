package org.vanban.corpus.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.vanban.entity.Token;
import org.vanban.entity.TokenizedText;

/**
 * Reads annotated sentences in OpenNLP's name-finder format ({@code <START:person> Trần Văn A <END>}) and tokenises
 * them the way {@link org.vanban.entity.OpenNlpEntityTagger} tokenises text at run time, so that training and
 * tagging see the same tokens. Lines starting with {@code #} and blank lines are skipped.
 */
public final class EntitySentences {

    private static final Pattern MARK = Pattern.compile("<START:([a-z]+)>(.*?)<END>");

    /** One annotated sentence: its text with the marks removed, and the entities as offsets into it. */
    public record Sentence(String text, List<Annotated> entities) {
    }

    /** An entity of a sentence: character offsets and the type name ("person", "organization", …). */
    public record Annotated(int start, int end, String type) {
    }

    private EntitySentences() {
    }

    public static List<Sentence> read(InputStream in) throws IOException {
        List<Sentence> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            out.add(parse(l, number));
        }
        return out;
    }

    static Sentence parse(String line, int number) {
        StringBuilder text = new StringBuilder();
        List<Annotated> entities = new ArrayList<>();
        Matcher m = MARK.matcher(line);
        int last = 0;
        while (m.find()) {
            text.append(line, last, m.start());
            String name = m.group(2).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("line " + number + ": empty entity");
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            int start = text.length();
            text.append(name);
            entities.add(new Annotated(start, text.length(), m.group(1)));
            last = m.end();
        }
        text.append(line.substring(last));
        String rest = line.substring(last);
        if (rest.contains("<START") || rest.contains("<END>")) {
            throw new IllegalArgumentException("line " + number + ": unbalanced entity marks");
        }
        return new Sentence(text.toString(), entities);
    }

    /** The sentence as OpenNLP sees it: tokens and name spans in token indices. */
    public static NameSample toSample(Sentence s) {
        List<Token> tokens = TokenizedText.of(s.text()).tokens();
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        List<Span> names = new ArrayList<>();
        for (Annotated a : s.entities()) {
            int from = -1;
            int to = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() == a.start()) {
                    from = i;
                }
                if (tokens.get(i).end() == a.end()) {
                    to = i + 1;
                }
            }
            if (from < 0 || to <= from) {
                throw new IllegalArgumentException("entity not on token boundaries in: " + s.text());
            }
            names.add(new Span(from, to, a.type()));
        }
        return new NameSample(words, names.toArray(new Span[0]), true);
    }
}
