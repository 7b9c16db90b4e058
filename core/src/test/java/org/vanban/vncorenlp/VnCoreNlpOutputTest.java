package org.vanban.vncorenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VnCoreNlpOutputTest {

    static VnCoreNlpOutput parse(String s) throws Exception {
        return VnCoreNlpOutput.parse(new StringReader(s), "test.tsv");
    }

    @Test
    void readsTheCommandLineLayoutWithAnEmptyColumnAfterAMissingHead() throws Exception {
        VnCoreNlpOutput out = parse("1\tKẾ_HOẠCH\t_\t_\t_\t\t_\n\n1\tThực_hiện\t_\t_\t_\t\t_\n2\tnăm\t_\t_\t_\t\t_\n");
        assertThat(out.sentences()).hasSize(2);
        assertThat(out.sentences().get(1)).containsExactly(VnCoreNlpWord.of(1, "Thực_hiện"), VnCoreNlpWord.of(2,
                "năm"));
    }

    @Test
    void readsTheSixColumnLayoutWithHeadsAndRelations() throws Exception {
        VnCoreNlpOutput out = parse("1\tÔng\tNc\tO\t4\tsub\r\n2\tNguyễn_Khắc_Chúc\tNp\tB-PER\t1\tnmod\r\n");
        assertThat(out.words()).containsExactly(new VnCoreNlpWord(1, "Ông", "Nc", "O", 4, "sub"),
                new VnCoreNlpWord(2, "Nguyễn_Khắc_Chúc", "Np", "B-PER", 1, "nmod"));
        assertThat(out.words().get(1).syllables()).containsExactly("Nguyễn", "Khắc", "Chúc");
    }

    @Test
    void readsWordSegmentationWithoutTagColumnsAndAnUnderscoreToken() throws Exception {
        VnCoreNlpOutput out = parse("\uFEFF1\tdân_vận\n2\t_\n");
        assertThat(out.words()).extracting(VnCoreNlpWord::form).containsExactly("dân_vận", "_");
        assertThat(out.words().get(1).syllables()).containsExactly("_");
    }

    @Test
    void badLinesNameTheFileAndLine() {
        assertThatThrownBy(() -> parse("1\tmột\nhai ba\n")).isInstanceOf(VnCoreNlpFormatException.class)
                .hasMessageStartingWith("test.tsv:2: expected tab-separated columns");
        assertThatThrownBy(() -> parse("x\tmột\n")).hasMessageStartingWith("test.tsv:1: the first column");
        assertThatThrownBy(() -> parse("1\tmột\tN\tO\tgốc\tsub\n")).hasMessageStartingWith("test.tsv:1: the head");
        assertThatThrownBy(() -> parse("1\t \tN\n")).hasMessage("test.tsv:1: empty word form");
        assertThatThrownBy(() -> parse("1\t" + "a".repeat(VnCoreNlpOutput.MAX_LINE_LENGTH + 1)))
                .hasMessageContaining("line longer than");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedByName(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("latin1.tsv"), new byte[] {'1', '\t', (byte) 0xE0, '\n'});
        assertThatThrownBy(() -> VnCoreNlpOutput.read(file)).hasMessage(file + ": not UTF-8 text");
    }

    @Provide
    Arbitrary<String> tsvLike() {
        return Arbitraries.strings().withChars("1234567890_\t\n\r -ABCđĐàÁ\uFEFF").ofMaxLength(300);
    }

    /** Untrusted input: either it parses, or it fails with a format error that names the file. */
    @Property(tries = 300)
    void anyInputParsesOrFailsWithAFormatError(@ForAll("tsvLike") String input) {
        try {
            VnCoreNlpOutput out = parse(input);
            for (List<VnCoreNlpWord> sentence : out.sentences()) {
                assertThat(sentence).isNotEmpty();
            }
        } catch (VnCoreNlpFormatException e) {
            assertThat(e.getMessage()).startsWith("test.tsv:");
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
    }

    /** Any words, aligned to any text, give spans inside the text, in order, or no span. */
    @Property(tries = 300)
    void alignmentStaysInsideTheTextAndInOrder(@ForAll("tsvLike") String text, @ForAll("tsvLike") String forms) {
        List<VnCoreNlpWord> words = java.util.Arrays.stream(forms.split("[\\s]+")).filter(f -> !f.isEmpty())
                .map(f -> VnCoreNlpWord.of(1, f)).toList();
        int end = 0;
        for (AlignedWord a : TokenAligner.align(text, words)) {
            if (a.aligned()) {
                assertThat(a.start()).isGreaterThanOrEqualTo(end);
                assertThat(a.end()).isBetween(a.start(), text.length());
                end = a.end();
            }
        }
    }
}
