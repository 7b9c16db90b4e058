package org.vanban.corpus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vanban.cite.Citation;
import org.vanban.cite.CitationExtractor;
import org.vanban.cite.RuleCitationExtractor;
import org.vanban.normalize.VietnameseNormalizer;
import org.vanban.structure.DocumentStructure;

/**
 * Throughput of citation extraction alone, on normalised plain text (reading and normalising are done once, in
 * setup). One operation extracts the citations of one document, taking the documents in turn; the auxiliary
 * counter {@code bytes} reports UTF-8 bytes of text per second (divide by 1,000,000 for MB/s), {@code citations}
 * citations per second.
 *
 * <p>Run from the shaded jar, single-threaded (one core):
 * <pre>
 *   mvn -q -B package -DskipTests
 *   java -cp cli/target/vanban.jar org.openjdk.jmh.Main CitationBenchmark -t 1
 *   java -cp cli/target/vanban.jar org.openjdk.jmh.Main CitationBenchmark -p corpus=/path/to/texts
 * </pre>
 * {@code corpus}: a directory of {@code .md}/{@code .txt} files; when empty, {@code ../shared/real-corpus/docs} (the
 * 559 real texts) if it is there, else about 4 MB of generated text.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CitationBenchmark {

    /** A directory of texts; empty for the real corpus beside the checkout, or generated text. */
    @Param("")
    public String corpus;

    private final CitationExtractor extractor = new RuleCitationExtractor();
    private List<String> texts;
    private long[] sizes;

    /** Per-thread position and counters; JMH reports the counters as rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long bytes;
        public long citations;
        int next;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            citations = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() throws IOException {
        List<String> raw = corpus.isEmpty() ? defaultTexts() : BenchmarkTexts.read(Path.of(corpus));
        VietnameseNormalizer normalizer = new VietnameseNormalizer();
        texts = new ArrayList<>(raw.size());
        sizes = new long[raw.size()];
        long total = 0;
        for (String r : raw) {
            String text = normalizer.normalize(r).text();
            sizes[texts.size()] = text.getBytes(StandardCharsets.UTF_8).length;
            total += sizes[texts.size()];
            texts.add(text);
        }
        System.out.printf("citation benchmark: %d texts, %.1f MB%n", texts.size(), total / 1e6);
    }

    @Benchmark
    public int extractOneDocument(Counters c) {
        int i = c.next;
        c.next = i + 1 == texts.size() ? 0 : i + 1;
        String text = texts.get(i);
        List<Citation> found = extractor.extract(text, DocumentStructure.empty(text.length()));
        c.bytes += sizes[i];
        c.citations += found.size();
        return found.size();
    }

    private static List<String> defaultTexts() throws IOException {
        Path real = BenchmarkTexts.REAL_CORPUS;
        if (Files.isDirectory(real)) {
            return BenchmarkTexts.read(real);
        }
        return generated(4_000_000);
    }

    /** Plans of about 30 KB each: citations of every shape among ordinary sentences, as in real plans. */
    private static List<String> generated(int totalChars) {
        String[] citing = {
            "Căn cứ Nghị định số %d/2020/NĐ-CP ngày %d/%d/2020 của Chính phủ về công tác văn thư;\n",
            "Thực hiện Chỉ thị số %d/CT-TTg ngày %d tháng %d năm 2021 của Thủ tướng Chính phủ về “Tiếp tục tăng "
                    + "cường công tác dân vận”; ",
            "Quán triệt Nghị quyết số %d-NQ/TW, ngày %d/%d/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về đổi "
                    + "mới công tác dân vận. ",
            "Triển khai Kế hoạch số %d/KH-UBND ngày %d/%d/2022 của UBND tỉnh Lâm Đồng V/v chuyển đổi số; ",
            "Thực hiện nghiêm Luật Tiếp công dân, Luật khiếu nại, tố cáo và Quyết định %d/QĐUBND ngày %d/%d/2018. ",
        };
        String[] plain = {
            "Nhà trường tổ chức quán triệt đến toàn thể cán bộ, giáo viên, nhân viên và học sinh. ",
            "Tăng cường kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở trong năm học 2023 - 2024. ",
            "Các tổ chuyên môn xây dựng kế hoạch cụ thể, gửi về Ban giám hiệu trước ngày 15/9/2023.\n",
            "- Tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo” gắn với nhiệm vụ chính trị của đơn vị;\n",
            "II. NỘI DUNG THỰC HIỆN\n1. Công tác tuyên truyền, giáo dục chính trị tư tưởng.\n",
        };
        Random r = new Random(20240601);
        List<String> out = new ArrayList<>();
        int total = 0;
        while (total < totalChars) {
            StringBuilder doc = new StringBuilder(32_000);
            while (doc.length() < 30_000) {
                if (r.nextInt(6) == 0) {
                    doc.append(String.format(citing[r.nextInt(citing.length)], 1 + r.nextInt(300), 1 + r.nextInt(28),
                            1 + r.nextInt(12)));
                } else {
                    doc.append(plain[r.nextInt(plain.length)]);
                }
            }
            total += doc.length();
            out.add(doc.toString());
        }
        return out;
    }
}
