package org.vanban.corpus.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vanban.AnalyzedDocument;
import org.vanban.Pipeline;
import org.vanban.check.Checker;
import org.vanban.check.Finding;
import org.vanban.cite.Citation;
import org.vanban.cite.CitationKeys;
import org.vanban.corpus.registry.DefaultRegistry;
import org.vanban.registry.Instrument;
import org.vanban.registry.Symbols;

/**
 * How long {@link Checker#check} takes on a 50 KB draft: about 200 citations (instruments of the default registry,
 * some with misspelt symbols, wrong dates or no year, and local instruments the registry does not know) and
 * district and provincial bodies, among ordinary paragraphs. The draft and its citations are generated (seeded), so
 * the figure does not depend on the citation extractor; {@link #analyzeAndCheck} adds the whole pipeline.
 *
 * <p>Run: {@code java -cp cli/target/vanban.jar org.openjdk.jmh.Main CheckBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CheckBenchmark {

    private static final int TARGET_CHARS = 50_000;
    private static final String[] FILLER = {
        "Tiếp tục đẩy mạnh công tác tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ, công chức, viên chức "
                + "và Nhân dân trên địa bàn; nâng cao chất lượng, hiệu quả công tác dân vận của chính quyền các cấp.",
        "Các cơ quan, đơn vị chủ động xây dựng kế hoạch cụ thể, phân công nhiệm vụ rõ ràng, bảo đảm tiến độ và "
                + "báo cáo kết quả định kỳ 6 tháng, hằng năm về cơ quan thường trực.",
        "Thực hiện nghiêm quy chế dân chủ ở cơ sở, công khai, minh bạch các thủ tục hành chính; kịp thời tiếp nhận "
                + "và xử lý phản ánh, kiến nghị của người dân, doanh nghiệp.",
    };
    private static final String[] BODIES = {"Ủy ban nhân dân huyện Tân Hồng", "UBND tỉnh Đắk Nông",
        "Phòng Giáo dục và Đào tạo huyện Cát Tiên", "UBND Quận 2", "Ủy ban nhân dân tỉnh Lâm Đồng"};

    private Checker checker;
    private AnalyzedDocument draft;
    private String text;
    private Pipeline pipeline;
    private final LocalDate asOf = LocalDate.of(2026, 1, 1);

    @Setup
    public void setUp() {
        checker = Checker.of(DefaultRegistry.registry(), DefaultRegistry.units());
        draft = generate(new Random(20260101));
        text = draft.text();
        pipeline = Pipeline.defaults();
    }

    /** The generated draft, for callers that want to look at it. */
    public static AnalyzedDocument generate(Random random) {
        List<Instrument> known = DefaultRegistry.registry().instruments().stream()
                .filter(i -> i.symbol() != null && i.issued() != null).toList();
        StringBuilder sb = new StringBuilder(TARGET_CHARS + 2_000);
        List<Citation> citations = new ArrayList<>();
        sb.append("ỦY BAN NHÂN DÂN XÃ TÂN THÀNH\nKẾ HOẠCH\nThực hiện công tác dân vận năm 2026\n\n");
        int item = 0;
        while (sb.length() < TARGET_CHARS) {
            item++;
            sb.append(item).append(". Căn cứ ");
            int mentions = 1 + random.nextInt(3);
            for (int m = 0; m < mentions; m++) {
                if (m > 0) {
                    sb.append("; ");
                }
                citations.add(cite(sb, known.get(random.nextInt(known.size())), random));
            }
            sb.append(". ").append(FILLER[random.nextInt(FILLER.length)]);
            if (random.nextInt(4) == 0) {
                sb.append(" Phối hợp với ").append(BODIES[random.nextInt(BODIES.length)]).append(" tổ chức thực hiện.");
            }
            sb.append("\n\n");
        }
        return new AnalyzedDocument("generated-draft", "KẾ HOẠCH", null, LocalDate.of(2026, 1, 5), null, null, null,
                null, List.of(), List.of(), citations, List.of(), List.of(), List.of(), sb.toString());
    }

    private static Citation cite(StringBuilder sb, Instrument i, Random random) {
        int kind = random.nextInt(10);
        String symbol = i.symbol();
        String canonical = symbol;
        List<String> repairs = List.of();
        if (kind == 0 && symbol.contains("-")) {
            symbol = symbol.replaceFirst("-", "");
            repairs = List.of(symbol + " → " + canonical + ": missing hyphen");
        }
        LocalDate date = kind == 1 ? i.issued().plusDays(1) : kind == 2 ? null : i.issued();
        boolean local = kind == 3;
        if (local) {
            canonical = (100 + random.nextInt(900)) + "/QĐ-UBND";
            symbol = canonical;
            date = LocalDate.of(2018 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        String type = local ? "Quyết định" : i.type() == null ? "Văn bản" : i.type();
        int start = sb.length();
        sb.append(type).append(" số ").append(symbol);
        if (date != null) {
            sb.append(" ngày ").append(date.getDayOfMonth()).append('/').append(date.getMonthValue()).append('/')
                    .append(date.getYear());
        }
        String issuer = local ? "UBND tỉnh Lâm Đồng" : i.issuer();
        if (issuer != null) {
            sb.append(" của ").append(issuer);
        }
        int end = sb.length();
        Integer year = Symbols.yearInSymbol(canonical);
        if (year == null && date != null) {
            year = date.getYear();
        }
        return new Citation(sb.substring(start, end), start, end, type, symbol, canonical,
                canonical.replaceAll("^(\\d+).*", "$1"), year, date, issuer, null, CitationKeys.of(canonical, year),
                repairs);
    }

    @Benchmark
    public List<Finding> check() {
        return checker.check(draft, asOf);
    }

    @Benchmark
    public List<Finding> analyzeAndCheck() {
        return checker.check(pipeline.analyzeText(text, "generated-draft"), asOf);
    }
}
