package org.vanban.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Untrusted input: damaged documents of every format (random bytes changed, cut short) and random bytes either
 * read or fail with a {@link ReadException} carrying a one-line message; nothing else escapes.
 */
class ReaderFuzzTest {

    private static final TikaDocumentReader READER = new TikaDocumentReader();
    private static List<byte[]> documents;

    @BeforeContainer
    static void makeDocuments() throws Exception {
        List<String> lines = Fixtures.samplePlan();
        documents = List.of(Fixtures.docx(lines), Fixtures.odt(lines), Fixtures.pdf(lines), Fixtures.rtf(lines),
                Fixtures.html(lines), Fixtures.txt(lines), ReadFormatsTest.tcvn3TextFile(String.join("\n", lines)),
                Fixtures.docxRuns(ReadFormatsTest.legacyFontParagraphs()));
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        return Arbitraries.integers().between(0, 7).flatMap(which -> Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            byte[] doc = documents.get(which).clone();
            int changes = 1 + random.nextInt(20);
            for (int i = 0; i < changes; i++) {
                doc[random.nextInt(doc.length)] = (byte) random.nextInt(256);
            }
            return random.nextBoolean() ? doc : java.util.Arrays.copyOf(doc, 1 + random.nextInt(doc.length));
        }));
    }

    @Property(tries = 300)
    void damagedDocumentsReadOrFailCleanly(@ForAll("damaged") byte[] content) {
        readOrFailCleanly(content);
    }

    @Property(tries = 100)
    void randomBytesReadOrFailCleanly(@ForAll byte[] content) {
        readOrFailCleanly(content);
    }

    private static void readOrFailCleanly(byte[] content) {
        try {
            ExtractedText text = READER.read(new ByteArrayInputStream(content), "fuzz");
            assertThat(text.text()).isNotNull();
        } catch (ReadException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").startsWith(e.problem().message());
        }
    }
}
