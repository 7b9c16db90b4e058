package org.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.vanban.Pipeline;
import org.vanban.vncorenlp.VnCoreNlp;
import org.vanban.vncorenlp.VnCoreNlpUnavailableException;
import picocli.CommandLine.Option;

/**
 * The options that choose the word-level engine (word segmentation and entity tagging) of a command's pipeline:
 * the built-in pure-Java engine, a VnCoreNLP installation, or VnCoreNLP output read from files. Mixed into the
 * commands that analyse documents.
 */
final class NlpOptions {

    enum Engine { builtin, vncorenlp, tsv }

    @Option(names = "--nlp", defaultValue = "builtin", paramLabel = "ENGINE",
            description = "Word segmentation and entity tagging: builtin (pure Java, the default), vncorenlp "
                    + "(a VnCoreNLP installation, see --vncorenlp-home) or tsv (VnCoreNLP output read from files, "
                    + "see --vncorenlp-tsv). Default: ${DEFAULT-VALUE}.")
    private Engine engine;

    @Option(names = "--vncorenlp-home", paramLabel = "DIR", defaultValue = "${env:VNCORENLP_HOME}",
            description = "With --nlp vncorenlp: the folder holding VnCoreNLP-<version>.jar and its models/ folder "
                    + "(default: $VNCORENLP_HOME). VnCoreNLP is GPL-3.0-or-later: running vanban with it makes the "
                    + "combined work subject to the GPL.")
    private Path home;

    @Option(names = "--vncorenlp-tsv", paramLabel = "PATH",
            description = "With --nlp tsv: VnCoreNLP output in its tab-separated format (index, form, POS, NER, "
                    + "head, relation), one .tsv file or a folder of them; each document uses the output whose "
                    + "words spell its text.")
    private Path tsv;

    /**
     * A pipeline builder with the chosen engine as word segmenter and entity tagger; empty, after one line on
     * {@code err}, when the engine cannot be used (the caller exits with {@link VanbanCli#EXIT_INPUT_ERROR}).
     */
    Optional<Pipeline.Builder> pipelineBuilder(PrintWriter err) {
        Pipeline.Builder builder = Pipeline.builder();
        try {
            switch (engine) {
                case vncorenlp -> {
                    VnCoreNlp nlp = VnCoreNlp.load(home);
                    builder.entityTagger(nlp).wordSegmenter(nlp);
                }
                case tsv -> {
                    if (tsv == null) {
                        err.println("vanban: --nlp tsv needs --vncorenlp-tsv PATH (a .tsv file or a folder of them)");
                        return Optional.empty();
                    }
                    VnCoreNlp nlp = VnCoreNlp.fromTsv(tsv);
                    builder.entityTagger(nlp).wordSegmenter(nlp);
                }
                case builtin -> {
                    // The pipeline's defaults are the built-in engine.
                }
            }
        } catch (VnCoreNlpUnavailableException | IOException e) {
            err.println("vanban: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(builder);
    }
}
