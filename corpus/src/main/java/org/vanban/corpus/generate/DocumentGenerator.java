package org.vanban.corpus.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vanban.AnalyzedDocument;
import org.vanban.assign.Assignment;
import org.vanban.assign.AssignmentRole;
import org.vanban.cite.Citation;
import org.vanban.cite.CitationKeys;
import org.vanban.deadline.Deadline;
import org.vanban.deadline.Recurrence;
import org.vanban.structure.Section;
import org.vanban.structure.Signer;

/**
 * Generates realistic Vietnamese plans (Kế hoạch) and reports (Báo cáo) with their ground truth, for tests and
 * benchmarks: a national-motto header, "Số: …" and the place-and-date line, legal bases ("Căn cứ …") citing real
 * instruments and local plans, an outline I./1., assignments with deadlines, recurring reporting duties, the
 * recipients and the signature block.
 *
 * <p>Text is as dirty as real text in known ways, each recorded in the truth: about one citation in seven has a
 * misprinted symbol ("08-NQQ/TU", "33/CTTTg", "120/KL-TW", "26-CT/TTg", "04/2015/NĐCP") whose
 * {@code canonical} is the clean symbol and whose {@code repairs} say what was wrong; "sổ" is sometimes printed
 * for "số"; about a third of the documents place tone marks in the modern style ("hoá", "thuỷ").
 *
 * <p>Deterministic: document {@code i} of seed {@code s} is always the same, whatever was generated before, so
 * documents can be generated in any order and in parallel. Thread-safe.
 */
public final class DocumentGenerator {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final Pattern SYMBOL_YEAR = Pattern.compile("/((?:19|20)\\d\\d)/");
    private static final Pattern NESTED_CITATION = Pattern.compile(
            "(Luật|Nghị định|Nghị quyết|Chỉ thị|Quyết định|Quy định|Thông tư|Kết luận|Hướng dẫn)"
                    + "\\s+(số\\s+)?[\\d\\p{Lu}]|Hiến pháp|Đề án");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

    private final long seed;
    private final Vocabulary vocab = Vocabulary.INSTANCE;

    public DocumentGenerator(long seed) {
        this.seed = seed;
    }

    /** The instruments generated documents cite, as {@code Citation.key}s ("16/CT-TTg@2016"). */
    public List<String> citedKeys() {
        return vocab.instruments.stream().map(i -> CitationKeys.of(i.canonical(), i.year())).toList();
    }

    /** Syllable pairs that occur in generated text, for queries. */
    public List<String> topics() {
        return vocab.topics;
    }

    /** Document {@code index} of this generator's seed. */
    public GeneratedDocument generate(long index) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        boolean plan = rnd.nextInt(3) != 0;
        String name = String.format(Locale.ROOT, "%s-%07d.txt", plan ? "kh" : "bc", index);
        return new Builder(rnd, plan, name, rnd.nextInt(3) == 0).build();
    }

    /** Writes one document, recording the truth as it goes. */
    private final class Builder {
        final SplittableRandom rnd;
        final boolean plan;
        final String source;
        final boolean modernTones;
        final StringBuilder text = new StringBuilder(6000);
        final List<Citation> citations = new ArrayList<>();
        final List<Deadline> deadlines = new ArrayList<>();
        final List<Assignment> assignments = new ArrayList<>();
        final List<Section> sections = new ArrayList<>();
        final List<Integer> sectionStarts = new ArrayList<>();
        final List<String> recipients = new ArrayList<>();

        Builder(SplittableRandom rnd, boolean plan, String source, boolean modernTones) {
            this.rnd = rnd;
            this.plan = plan;
            this.source = source;
            this.modernTones = modernTones;
        }

        /** Text as this document spells it: modern tone-mark placement for a third of the documents. */
        String t(String s) {
            if (!modernTones) {
                return s;
            }
            return s.replace("hóa", "hoá").replace("Hóa", "Hoá").replace("HÓA", "HOÁ").replace("hòa", "hoà")
                    .replace("Hòa", "Hoà").replace("HÒA", "HOÀ").replace("khỏe", "khoẻ").replace("thủy", "thuỷ")
                    .replace("Thủy", "Thuỷ").replace("tòa", "toà");
        }

        int write(String s) {
            int start = text.length();
            text.append(t(s));
            return start;
        }

        <T> T pick(List<T> list) {
            return list.get(rnd.nextInt(list.size()));
        }

        GeneratedDocument build() {
            Vocabulary.Issuer issuer = pick(vocab.issuers);
            int year = 2016 + rnd.nextInt(10);
            LocalDate issued = LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            String topic = pick(vocab.topics);
            String typeCode = plan ? "KH" : "BC";
            String number = (1 + rnd.nextInt(480)) + "/" + typeCode + "-" + issuer.code();
            String docType = plan ? "KẾ HOẠCH" : "BÁO CÁO";
            String title = plan ? capitalise(topic) + " năm " + year
                    : "Kết quả " + topic + " năm " + (rnd.nextBoolean() ? year : year - 1);

            write(issuer.parent() + "\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
            write(issuer.name() + "\t\tĐộc lập - Tự do - Hạnh phúc\n");
            write("Số: " + number + "\t\t" + issuer.place() + ", ngày " + issued.getDayOfMonth() + " tháng "
                    + issued.getMonthValue() + " năm " + year + "\n\n");
            write(docType + "\n");
            write(title + "\n\n");

            int bases = 2 + rnd.nextInt(4);
            for (int i = 0; i < bases; i++) {
                write("Căn cứ ");
                cite(year, issuer, true);
                write(";\n");
            }
            write(issuer.runningName() + " xây dựng " + (plan ? "kế hoạch" : "báo cáo") + " "
                    + topic + " như sau:\n\n");

            String[] headings = plan
                    ? new String[] {"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG, NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"}
                    : new String[] {"KẾT QUẢ THỰC HIỆN", "HẠN CHẾ, NGUYÊN NHÂN", "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"};
            for (int h = 0; h < headings.length; h++) {
                heading(1, ROMAN[h], headings[h]);
                int subsections = 1 + rnd.nextInt(3);
                for (int s = 0; s < subsections; s++) {
                    heading(2, Integer.toString(s + 1), capitalise(pick(vocab.tasks)));
                    int sentences = 1 + rnd.nextInt(4);
                    for (int k = 0; k < sentences; k++) {
                        write(pick(vocab.sentences).replace("{topic}", topic));
                        if (rnd.nextInt(6) == 0) {
                            write(" Thực hiện theo tinh thần ");
                            cite(year, issuer, false);
                            write(".");
                        }
                        write("\n");
                    }
                    if (h == headings.length - 1 || (plan && h == 1)) {
                        assign(year, issued);
                    }
                }
            }
            if (rnd.nextBoolean()) {
                String unit = pick(vocab.units);
                String surface = "Định kỳ hằng quý, " + unit + " báo cáo kết quả";
                int start = write(surface);
                deadlines.add(new Deadline(t(surface), start, start + surface.length(), null, Recurrence.QUARTERLY,
                        "báo cáo kết quả", t(unit)));
                write(" về " + issuer.runningName() + " để tổng hợp.\n");
            }
            int bodyEnd = text.length();

            write("\nNơi nhận:\n");
            recipients.add(t("Như trên"));
            recipients.add(t(issuer.parent()));
            recipients.add("Lưu: VT.");
            write("- Như trên;\n- " + issuer.parent() + ";\n- Lưu: VT.\n");
            String authority = rnd.nextBoolean() ? "KT. THỦ TRƯỞNG ĐƠN VỊ" : null;
            String position = authority != null ? "PHÓ THỦ TRƯỞNG" : "THỦ TRƯỞNG ĐƠN VỊ";
            String signerName = pick(vocab.familyNames) + " " + pick(vocab.middleNames) + " " + pick(vocab.givenNames);
            write((authority == null ? "" : authority + "\n") + position + "\n\n" + signerName + "\n");

            for (int i = 0; i < sections.size(); i++) {
                Section s = sections.get(i);
                int end = bodyEnd;
                for (int j = i + 1; j < sections.size(); j++) {
                    if (sections.get(j).level() <= s.level()) {
                        end = sections.get(j).start();
                        break;
                    }
                }
                sections.set(i, new Section(s.level(), s.label(), s.title(), s.start(), end));
            }
            resolveKeyYears();
            String body = text.toString();
            AnalyzedDocument truth = new AnalyzedDocument(source, docType, number, issued, issuer.place(), t(title),
                    t(issuer.runningName()), new Signer(signerName, position, authority), recipients,
                    sections, citations, deadlines, assignments, List.of(), body);
            return new GeneratedDocument(source, body, truth);
        }

        /**
         * Keys as {@link CitationKeys} defines them: a mention without a year of its own takes the year of the
         * nearest earlier mention of the same canonical symbol, else the one year all its dated mentions agree on.
         */
        void resolveKeyYears() {
            java.util.Map<String, java.util.Set<Integer>> yearsOf = new java.util.HashMap<>();
            for (Citation c : citations) {
                if (c.year() != null) {
                    yearsOf.computeIfAbsent(c.canonical(), k -> new java.util.HashSet<>()).add(c.year());
                }
            }
            java.util.Map<String, Integer> lastYear = new java.util.HashMap<>();
            for (int i = 0; i < citations.size(); i++) {
                Citation c = citations.get(i);
                if (c.year() != null) {
                    lastYear.put(c.canonical(), c.year());
                    continue;
                }
                Integer year = lastYear.get(c.canonical());
                java.util.Set<Integer> all = yearsOf.getOrDefault(c.canonical(), java.util.Set.of());
                if (year == null && all.size() == 1) {
                    year = all.iterator().next();
                }
                if (year != null) {
                    citations.set(i, new Citation(c.surface(), c.start(), c.end(), c.type(), c.symbol(), c.canonical(),
                            c.number(), c.year(), c.date(), c.issuer(), c.name(), CitationKeys.of(c.canonical(), year),
                            c.repairs()));
                }
            }
        }

        void heading(int level, String label, String title) {
            int start = write(label + ". " + title + "\n");
            sections.add(new Section(level, label, t(title), start, start));
        }

        void cite(int docYear, Vocabulary.Issuer issuer, boolean withSubject) {
            String type;
            String canonical;
            Integer year;
            LocalDate date;
            String citedIssuer;
            String subject;
            if (rnd.nextInt(5) == 0) {
                // A local plan: numbering restarts every year, so only symbol + year identifies it.
                type = "Kế hoạch";
                year = docYear - rnd.nextInt(2);
                canonical = (1 + rnd.nextInt(300)) + "/KH-UBND";
                date = LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                citedIssuer = "Ủy ban nhân dân " + issuer.place();
                subject = pick(vocab.topics);
            } else {
                Vocabulary.Instrument in = pick(vocab.instruments);
                while (in.type().equals("Luật") && NESTED_CITATION.matcher(in.subject().substring(4)).find()) {
                    in = pick(vocab.instruments); // a law named after the laws it amends: its name nests citations
                }
                type = in.type();
                canonical = in.canonical();
                year = in.year();
                date = in.date();
                citedIssuer = in.issuer();
                subject = in.subject();
            }
            String printed = canonical;
            List<String> repairs = new ArrayList<>();
            if (rnd.nextInt(7) == 0) {
                printed = misprint(canonical);
                if (!printed.equals(canonical)) {
                    repairs.add(printed + " → " + canonical);
                }
            }
            boolean printDate = rnd.nextInt(10) < 7;
            boolean printIssuer = rnd.nextInt(10) < 6;
            String numberWord = rnd.nextInt(25) == 0 ? "sổ" : "số";
            boolean law = type.equals("Luật");
            String surface = (law ? subject : type) + " " + numberWord + " " + printed
                    + (printDate ? " ngày " + date.format(DMY) : "")
                    + (printIssuer ? " của " + citedIssuer : "");
            int start = write(surface);
            String shown = t(surface);
            Integer mentionYear = symbolYear(canonical) != null ? symbolYear(canonical) : printDate ? year : null;
            // A subject that itself cites an instrument ("sửa đổi … Nghị định số 110/2004/NĐ-CP") would be a nested
            // mention the truth does not hold: such subjects are left out.
            boolean showSubject = withSubject && !law && !NESTED_CITATION.matcher(subject).find();
            String name = law ? t(subject) : showSubject ? t(subject) : null;
            if (showSubject) {
                write(" về " + subject);
            }
            citations.add(new Citation(shown, start, start + shown.length(), type, printed, canonical,
                    printed.replaceAll("^(\\d+).*$", "$1"), mentionYear, printDate ? date : null,
                    printIssuer ? t(citedIssuer) : null, name, CitationKeys.of(canonical, mentionYear), repairs));
        }

        /** A misprint seen in real documents, or the symbol itself when none fits its shape. */
        String misprint(String canonical) {
            int dash = canonical.indexOf('-');
            int slash = canonical.indexOf('/');
            boolean party = dash >= 0 && dash < slash;
            if (party) {
                // "08-NQ/TU": doubled letter "08-NQQ/TU", or the state shape "08/NQ-TU".
                if (rnd.nextBoolean()) {
                    return canonical.substring(0, slash) + canonical.charAt(slash - 1) + canonical.substring(slash);
                }
                return canonical.substring(0, dash) + "/" + canonical.substring(dash + 1, slash) + "-"
                        + canonical.substring(slash + 1);
            }
            int lastDash = canonical.lastIndexOf('-');
            int lastSlash = canonical.lastIndexOf('/');
            if (lastDash > lastSlash) {
                if (rnd.nextBoolean() || canonical.indexOf('/') != lastSlash) {
                    // "33/CT-TTg" → "33/CTTTg", "04/2015/NĐ-CP" → "04/2015/NĐCP": the hyphen lost.
                    return canonical.substring(0, lastDash) + canonical.substring(lastDash + 1);
                }
                // "26/CT-TTg" → "26-CT/TTg": the Party shape.
                return canonical.substring(0, lastSlash) + "-" + canonical.substring(lastSlash + 1, lastDash) + "/"
                        + canonical.substring(lastDash + 1);
            }
            return canonical;
        }

        void assign(int year, LocalDate issued) {
            String unit = pick(vocab.units);
            String task = pick(vocab.tasks);
            LocalDate due = issued.plusDays(15 + rnd.nextInt(300));
            String lead = "Giao " + unit + " chủ trì " + task;
            int start = write(lead);
            assignments.add(new Assignment(t(unit), t(task), AssignmentRole.LEAD, t(lead), start,
                    start + lead.length()));
            if (rnd.nextBoolean()) {
                String support = pick(vocab.units);
                if (!support.equals(unit)) {
                    write(", ");
                    String s = "phối hợp với " + support;
                    int ss = write(s);
                    assignments.add(new Assignment(t(support), t(task), AssignmentRole.SUPPORT, t(s), ss,
                            ss + s.length()));
                }
            }
            write(", ");
            String deadline = "hoàn thành trước ngày " + due.format(DMY);
            int ds = write(deadline);
            deadlines.add(new Deadline(t(deadline), ds, ds + deadline.length(), due, null, t(task), t(unit)));
            write(".\n");
        }
    }

    private static Integer symbolYear(String canonical) {
        Matcher m = SYMBOL_YEAR.matcher(canonical);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
