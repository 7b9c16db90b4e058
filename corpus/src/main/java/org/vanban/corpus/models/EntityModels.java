package org.vanban.corpus.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.vanban.entity.OpenNlpEntityTagger;

/**
 * The entity models shipped in the corpus jar. {@code vanban-ner.bin} is an Apache OpenNLP name finder trained by
 * {@link org.vanban.corpus.train.TrainEntityModel} on the project's own annotated sentences
 * ({@code org/vanban/corpus/train/entities.txt}).
 */
public final class EntityModels {

    public static final String OPENNLP_NER = "/org/vanban/corpus/models/vanban-ner.bin";

    private EntityModels() {
    }

    /** A tagger backed by the shipped OpenNLP model. Loads the model on each call: keep the result. */
    public static OpenNlpEntityTagger openNlpTagger() {
        try (InputStream in = EntityModels.class.getResourceAsStream(OPENNLP_NER)) {
            if (in == null) {
                throw new IllegalStateException("missing model resource " + OPENNLP_NER);
            }
            return OpenNlpEntityTagger.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OPENNLP_NER, e);
        }
    }
}
