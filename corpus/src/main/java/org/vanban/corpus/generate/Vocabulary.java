package org.vanban.corpus.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The word lists of the generator, read once from the resource files beside this class. */
final class Vocabulary {

    /** An instrument generated documents cite. */
    record Instrument(String type, String canonical, int year, LocalDate date, String issuer, String subject) {
    }

    /** An issuing body. */
    record Issuer(String parent, String name, String code, String place, String runningName) {
    }

    final List<Instrument> instruments;
    final List<Issuer> issuers;
    final List<String> topics;
    final List<String> units;
    final List<String> tasks;
    final List<String> sentences;
    final List<String> familyNames;
    final List<String> middleNames;
    final List<String> givenNames;

    static final Vocabulary INSTANCE = new Vocabulary();

    private Vocabulary() {
        instruments = lines("instruments.tsv").stream().map(l -> l.split("\t")).map(c -> new Instrument(c[0], c[1],
                Integer.parseInt(c[2]), LocalDate.parse(c[3]), c[4], c[5])).toList();
        issuers = lines("issuers.tsv").stream().map(l -> l.split("\t"))
                .map(c -> new Issuer(c[0], c[1], c[2], c[3], c[4])).toList();
        topics = lines("topics.txt");
        units = lines("units.txt");
        tasks = lines("tasks.txt");
        sentences = lines("sentences.txt");
        List<String> people = lines("people.txt");
        familyNames = List.of(people.get(0).split(",\\s*"));
        middleNames = List.of(people.get(1).split(",\\s*"));
        givenNames = List.of(people.get(2).split(",\\s*"));
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
