package org.vanban.vncorenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds a VnCoreNLP installation folder from the stand-in sources in test resources (see fake/README.md). */
final class FakeVnCoreNlp {

    static final String[] CLASSES = {"VnCoreNLP", "Annotation", "Sentence", "Word"};
    static final String[] MODELS = {"wordsegmenter/wordsegmenter.rdr", "wordsegmenter/vi-vocab",
        "postagger/vi-tagger", "ner/vi-ner.xz", "ner/vi-500brownclusters.xz", "ner/vi-pretrainedembeddings.xz"};

    private FakeVnCoreNlp() {
    }

    /** A complete installation in {@code home}: VnCoreNLP-1.2.jar and every model file. */
    static Path install(Path home) throws IOException {
        Path src = home.resolve("src/vn/pipeline");
        Files.createDirectories(src);
        List<String> sources = new ArrayList<>();
        for (String name : CLASSES) {
            try (InputStream in = FakeVnCoreNlp.class.getResourceAsStream("fake/" + name + ".java.txt")) {
                Path file = src.resolve(name + ".java");
                Files.write(file, in.readAllBytes());
                sources.add(file.toString());
            }
        }
        Path classes = home.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-encoding",
                "UTF-8", "-nowarn"));
        args.addAll(sources);
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
        try (OutputStream out = Files.newOutputStream(home.resolve("VnCoreNLP-1.2.jar"));
                JarOutputStream jar = new JarOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(f));
                jar.closeEntry();
            }
        }
        for (String model : MODELS) {
            Path m = home.resolve("models").resolve(model);
            Files.createDirectories(m.getParent());
            Files.writeString(m, "stand-in model", StandardCharsets.UTF_8);
        }
        return home;
    }
}
