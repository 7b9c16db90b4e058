package org.vanban.corpus.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.vanban.entity.Entity;
import org.vanban.entity.EntityKind;
import org.vanban.entity.EntityTagger;
import org.vanban.entity.OpenNlpEntityTagger;
import org.vanban.entity.RuleEntityTagger;

/**
 * Trains the project's OpenNLP name finder from its own annotated sentences and compares it with the rule tagger.
 *
 * <pre>
 * mvn -q -B -pl corpus -am compile exec:java -Dexec.mainClass=org.vanban.corpus.train.TrainEntityModel \
 *     -Dexec.args="train corpus/src/main/resources/org/vanban/corpus/models/vanban-ner.bin"
 * mvn -q -B -pl corpus -am compile exec:java -Dexec.mainClass=org.vanban.corpus.train.TrainEntityModel \
 *     -Dexec.args="evaluate"
 * </pre>
 *
 * {@code train OUT} trains on every sentence of {@code org/vanban/corpus/train/entities.txt} and writes the model;
 * {@code evaluate} trains on four fifths (every sentence whose index is not a multiple of 5) and scores both the
 * model and the rule tagger on the held-out fifth, entity by entity (exact span and kind). Training is
 * deterministic: GIS maximum entropy, fixed iterations and cut-off, one thread, sentences in file order.
 */
public final class TrainEntityModel {

    public static final String SENTENCES = "/org/vanban/corpus/train/entities.txt";
    static final int ITERATIONS = 150;
    static final int CUTOFF = 1;

    private TrainEntityModel() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 2 && args[0].equals("train")) {
            List<EntitySentences.Sentence> all = sentences();
            TokenNameFinderModel model = train(all);
            Path target = Path.of(args[1]);
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (OutputStream os = Files.newOutputStream(target)) {
                model.serialize(os);
            }
            out.println("trained on " + all.size() + " sentences: " + target);
        } else if (args.length == 1 && args[0].equals("evaluate")) {
            List<EntitySentences.Sentence> all = sentences();
            List<EntitySentences.Sentence> train = new ArrayList<>();
            List<EntitySentences.Sentence> test = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                (i % 5 == 0 ? test : train).add(all.get(i));
            }
            EntityTagger model = new OpenNlpEntityTagger(train(train));
            out.println("held-out sentences: " + test.size() + " (trained on " + train.size() + ")");
            out.println("opennlp " + score(model, test));
            out.println("rules   " + score(new RuleEntityTagger(), test));
        } else {
            System.err.println("usage: TrainEntityModel train OUT.bin | evaluate");
            System.exit(2);
        }
    }

    public static List<EntitySentences.Sentence> sentences() throws IOException {
        try (InputStream in = TrainEntityModel.class.getResourceAsStream(SENTENCES)) {
            if (in == null) {
                throw new IOException("missing " + SENTENCES);
            }
            return EntitySentences.read(in);
        }
    }

    /** Trains a model on the sentences, deterministically. */
    public static TokenNameFinderModel train(List<EntitySentences.Sentence> sentences) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (EntitySentences.Sentence s : sentences) {
            samples.add(EntitySentences.toSample(s));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        return NameFinderME.train("vi", null, ObjectStreamUtils.createObjectStream(samples), params,
                new TokenNameFinderFactory());
    }

    /** Precision, recall and F1 of a tagger against the annotated sentences (exact span and kind). */
    public static Prf score(EntityTagger tagger, List<EntitySentences.Sentence> sentences) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (EntitySentences.Sentence s : sentences) {
            List<String> gold = new ArrayList<>();
            for (EntitySentences.Annotated a : s.entities()) {
                gold.add(a.start() + ":" + a.end() + ":" + a.type());
            }
            for (Entity e : tagger.tag(s.text(), List.of())) {
                String key = e.start() + ":" + e.end() + ":" + typeName(e.kind());
                if (gold.remove(key)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            fn += gold.size();
        }
        return new Prf(tp, fp, fn);
    }

    static String typeName(EntityKind kind) {
        return kind.json();
    }

    /** Counts and rates. */
    public record Prf(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "tp %d fp %d fn %d  P %.3f R %.3f F1 %.3f", tp, fp, fn, precision(),
                    recall(), f1());
        }
    }
}
