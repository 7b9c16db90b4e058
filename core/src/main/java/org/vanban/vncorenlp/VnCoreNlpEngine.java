package org.vanban.vncorenlp;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A VnCoreNLP installation loaded at run time: {@code VnCoreNLP-<version>.jar} and its {@code models/} folder side
 * by side in one folder, as VnCoreNLP's own instructions lay them out (it finds its models beside its jar). The jar
 * is loaded through its own class loader and used through its public API ({@code vn.pipeline.VnCoreNLP},
 * {@code Annotation}, {@code Sentence}, {@code Word}) by reflection, so vanban has no compile-time dependency on
 * it and nothing of it is on vanban's class path.
 *
 * <p>VnCoreNLP keeps its models in static singletons and is not documented as thread-safe, so calls to
 * {@link #annotate} are serialised.
 */
public final class VnCoreNlpEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VnCoreNlpEngine.class);

    /** The annotators vanban runs: word segmentation, and the POS tags the NER model needs, and NER. */
    private static final String[] ANNOTATORS = {"wseg", "pos", "ner"};

    private final Path home;
    private final URLClassLoader loader;
    private final Object pipeline;
    private final Constructor<?> newAnnotation;
    private final Method annotate;
    private final Method getSentences;
    private final Method getWords;
    private final Method getIndex;
    private final Method getForm;
    private final Method getPosTag;
    private final Method getNerLabel;
    private final Method getHead;
    private final Method getDepLabel;

    private VnCoreNlpEngine(Path home, URLClassLoader loader) throws ReflectiveOperationException {
        this.home = home;
        this.loader = loader;
        Class<?> pipelineClass = Class.forName("vn.pipeline.VnCoreNLP", true, loader);
        Class<?> annotationClass = Class.forName("vn.pipeline.Annotation", true, loader);
        Class<?> sentenceClass = Class.forName("vn.pipeline.Sentence", true, loader);
        Class<?> wordClass = Class.forName("vn.pipeline.Word", true, loader);
        newAnnotation = annotationClass.getConstructor(String.class);
        annotate = pipelineClass.getMethod("annotate", annotationClass);
        getSentences = annotationClass.getMethod("getSentences");
        getWords = sentenceClass.getMethod("getWords");
        getIndex = wordClass.getMethod("getIndex");
        getForm = wordClass.getMethod("getForm");
        getPosTag = wordClass.getMethod("getPosTag");
        getNerLabel = wordClass.getMethod("getNerLabel");
        getHead = wordClass.getMethod("getHead");
        getDepLabel = wordClass.getMethod("getDepLabel");
        Constructor<?> newPipeline = pipelineClass.getConstructor(String[].class);
        pipeline = withContextLoader(() -> newPipeline.newInstance((Object) ANNOTATORS.clone()));
    }

    /**
     * Loads VnCoreNLP from {@code home}, the folder that holds {@code VnCoreNLP-*.jar} and {@code models/}.
     *
     * @throws VnCoreNlpUnavailableException when the folder, the jar or a model is missing or fails to load; the
     *                                       message is one line naming what is missing and where
     */
    public static VnCoreNlpEngine load(Path home) throws VnCoreNlpUnavailableException {
        Path jar = checkInstallation(home);
        URLClassLoader loader;
        try {
            // The platform loader as parent: VnCoreNLP's bundled libraries (log4j 1, an old SLF4J) never meet ours.
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        } catch (MalformedURLException e) {
            throw new VnCoreNlpUnavailableException("VnCoreNLP jar path is not usable: " + jar, e);
        }
        quietLogging(loader);
        try {
            long t0 = System.nanoTime();
            VnCoreNlpEngine engine = new VnCoreNlpEngine(home, loader);
            LOG.info("VnCoreNLP loaded from {} in {} ms", jar, (System.nanoTime() - t0) / 1_000_000);
            return engine;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            closeQuietly(loader);
            throw new VnCoreNlpUnavailableException("VnCoreNLP jar " + jar + " does not have the expected API ("
                    + e.getMessage() + "); VnCoreNLP 1.1 or 1.2 is needed", e);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            closeQuietly(loader);
            Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
            throw new VnCoreNlpUnavailableException("VnCoreNLP in " + home + " failed to load: " + cause, cause);
        }
    }

    /**
     * Checks the installation without loading it: the folder, the jar and the model files of the annotators vanban
     * runs. Returns the jar.
     */
    public static Path checkInstallation(Path home) throws VnCoreNlpUnavailableException {
        if (home == null) {
            throw new VnCoreNlpUnavailableException("VnCoreNLP is not installed: give the folder that holds "
                    + "VnCoreNLP-*.jar and models/ (--vncorenlp-home DIR or VNCORENLP_HOME)");
        }
        if (!Files.isDirectory(home)) {
            throw new VnCoreNlpUnavailableException("VnCoreNLP not found: " + home + " is not a directory");
        }
        Path jar = findJar(home);
        requireModel(home, "wordsegmenter", "word segmentation", "wordsegmenter.rdr", "vi-vocab");
        requireModel(home, "postagger", "POS tagging", "vi-tagger");
        requireModel(home, "ner", "NER", "vi-ner.xz", "vi-500brownclusters.xz", "vi-pretrainedembeddings.xz");
        return jar;
    }

    /** The installation folder. */
    public Path home() {
        return home;
    }

    /**
     * Annotates one piece of text (VnCoreNLP is given it as one input line): its sentences, each a list of words
     * with form, POS and NER label.
     */
    public List<List<VnCoreNlpWord>> annotate(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        synchronized (this) {
            try {
                return withContextLoader(() -> {
                    Object annotation = newAnnotation.newInstance(text);
                    annotate.invoke(pipeline, annotation);
                    List<List<VnCoreNlpWord>> sentences = new ArrayList<>();
                    for (Object sentence : (List<?>) getSentences.invoke(annotation)) {
                        List<VnCoreNlpWord> words = new ArrayList<>();
                        for (Object w : (List<?>) getWords.invoke(sentence)) {
                            words.add(new VnCoreNlpWord((Integer) getIndex.invoke(w), (String) getForm.invoke(w),
                                    (String) getPosTag.invoke(w), (String) getNerLabel.invoke(w),
                                    (Integer) getHead.invoke(w), (String) getDepLabel.invoke(w)));
                        }
                        sentences.add(words);
                    }
                    return sentences;
                });
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("VnCoreNLP failed on a text: " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("VnCoreNLP API call failed: " + e, e);
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(loader);
    }

    private static Path findJar(Path home) throws VnCoreNlpUnavailableException {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("VnCoreNLP") && name.endsWith(".jar") && Files.isRegularFile(p);
            }).max(Path::compareTo).orElseThrow(() -> new VnCoreNlpUnavailableException(
                    "VnCoreNLP jar not found in " + home + " (expected VnCoreNLP-<version>.jar)"));
        } catch (IOException e) {
            throw new VnCoreNlpUnavailableException("VnCoreNLP folder " + home + " cannot be read: " + e.getMessage(),
                    e);
        }
    }

    private static void requireModel(Path home, String folder, String what, String... files)
            throws VnCoreNlpUnavailableException {
        Path dir = home.resolve("models").resolve(folder);
        for (String f : files) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new VnCoreNlpUnavailableException("VnCoreNLP " + what + " model not found in " + dir
                        + " (missing " + f + ")");
            }
        }
    }

    /** VnCoreNLP's log4j configuration logs at INFO to standard output, which would mix with vanban's output. */
    private static void quietLogging(ClassLoader loader) {
        try {
            Class<?> logger = Class.forName("org.apache.log4j.Logger", true, loader);
            Class<?> level = Class.forName("org.apache.log4j.Level", true, loader);
            Object root = logger.getMethod("getRootLogger").invoke(null);
            root.getClass().getMethod("setLevel", level).invoke(root, level.getField("WARN").get(null));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.debug("VnCoreNLP's log4j not found or not configurable: {}", e.toString());
        }
    }

    private interface Call<T> {
        T run() throws ReflectiveOperationException;
    }

    private <T> T withContextLoader(Call<T> call) throws ReflectiveOperationException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            LOG.debug("closing VnCoreNLP's class loader: {}", e.toString());
        }
    }
}
