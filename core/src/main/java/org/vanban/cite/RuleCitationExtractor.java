package org.vanban.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vanban.TextSpan;
import org.vanban.structure.DocumentStructure;

/**
 * The default citation extractor: a grammar of type words, symbols, dates, issuers and subjects driven by the word
 * lists of this package, then a pass over the document's mentions that shares a date and issuer across
 * coordination, leaves out the document's own number, resolves short and repeated references, and gives every
 * mention its {@link CitationKeys key}. Stateless and thread-safe; build it once.
 */
public final class RuleCitationExtractor implements CitationExtractor {

    /** ", và", "hoặc" with spaces around: longer gaps cannot be a coordinator. */
    private static final int MAX_COORDINATOR_LENGTH = 12;

    private final CitationLexicon lexicon;
    private final MentionScanner scanner;
    private final SymbolRepairs symbolRepairs;
    private final IssuerGrammar issuers;
    private final SubjectGrammar subjects;

    public RuleCitationExtractor() {
        this(CitationLexicon.defaults());
    }

    RuleCitationExtractor(CitationLexicon lexicon) {
        this.lexicon = lexicon;
        this.issuers = new IssuerGrammar(lexicon);
        this.scanner = new MentionScanner(lexicon, new SymbolParser(lexicon), issuers);
        this.symbolRepairs = new SymbolRepairs(lexicon);
        this.subjects = new SubjectGrammar(lexicon, issuers);
    }

    @Override
    public List<Citation> extract(String text, DocumentStructure structure) {
        Objects.requireNonNull(text, "text");
        List<Mention> mentions = scanner.scan(text);
        mentions.sort(Comparator.comparingInt(m -> m.start));
        leaveOutOwnNumber(mentions, structure);
        for (Mention m : mentions) {
            canonicalize(m, text);
            m.name = subject(m, text);
        }
        shareAcrossCoordination(mentions, text);
        leaveOutSelfMentions(mentions, structure);
        resolveKeys(mentions);
        List<Citation> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!m.dropped) {
                out.add(toCitation(m, text));
            }
        }
        return out;
    }

    private static void leaveOutOwnNumber(List<Mention> mentions, DocumentStructure structure) {
        TextSpan own = structure == null ? null : structure.numberSpan();
        if (own != null) {
            mentions.removeIf(m -> m.start < own.end() && own.start() < m.end);
        }
    }

    /** "Kế hoạch số 36/KH-THBTD" inside plan 36/KH-THBTD is the document itself. */
    private static void leaveOutSelfMentions(List<Mention> mentions, DocumentStructure structure) {
        if (structure == null || structure.number() == null) {
            return;
        }
        String own = TextScan.removeSpaces(structure.number());
        for (Mention m : mentions) {
            if (m.kind == Mention.Kind.SYMBOL && (own.equals(m.symbol.printed()) || own.equals(m.canonical))
                    && (m.date == null || m.date.equals(structure.issuedDate()))) {
                m.dropped = true;
            }
        }
    }

    private void canonicalize(Mention m, String text) {
        if (m.kind == Mention.Kind.SYMBOL) {
            SymbolRepairs.Result r = symbolRepairs.canonicalize(m.symbol, m.typeWord, m.issuer, text);
            m.canonical = r.canonical();
            m.symbolYear = r.year();
            m.symbolRepairs = r.repairs();
        } else if (m.kind == Mention.Kind.NAME) {
            m.canonical = m.title;
        }
    }

    private String subject(Mention m, String text) {
        if (m.kind == Mention.Kind.SYMBOL && m.title != null) {
            // "Luật Đất đai số 31/2024/QH15": the law's name, "Đất đai"
            return m.title.substring(m.type().length()).strip();
        }
        if (m.kind == Mention.Kind.NAME && m.typeWord.law()) {
            return null; // the name is the canonical; what follows a law's name is the sentence
        }
        return subjects.after(text, m.end, m.typeWord);
    }

    /**
     * "Chỉ thị số 30-CT/TW và Kết luận số 120-KL/TW của Bộ Chính trị": a date and issuer written once after
     * coordinated citations belong to each of them when their symbols carry the same body code; a subject written
     * once belongs to each of them ("Nghị quyết số 33-NQ/TW và Nghị quyết số 102/NQ-CP của Chính phủ về …").
     */
    private void shareAcrossCoordination(List<Mention> mentions, String text) {
        for (int i = mentions.size() - 2; i >= 0; i--) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (a.kind != Mention.Kind.SYMBOL || b.kind != Mention.Kind.SYMBOL || b.start < a.end
                    || b.start - a.end > MAX_COORDINATOR_LENGTH || !isCoordinator(text.substring(a.end, b.start))) {
                continue;
            }
            boolean bare = a.date == null && a.issuer == null;
            if (bare && a.name == null && b.name != null) {
                a.name = b.name;
            }
            String codeA = SymbolRepairs.issuerCode(a.canonical);
            if (bare && (b.date != null || b.issuer != null) && codeA != null
                    && codeA.equals(SymbolRepairs.issuerCode(b.canonical))) {
                a.date = b.date;
                a.issuer = b.issuer;
                a.sharedIssuer = true;
                canonicalize(a, text);
            }
        }
    }

    private static boolean isCoordinator(String gap) {
        String g = Folding.foldPhrase(gap);
        return g.equals(",") || g.equals("va") || g.equals(", va") || g.equals("hoac") || g.equals(", hoac");
    }

    /**
     * The key year of each mention: its own, else that of the nearest earlier mention of the same canonical symbol,
     * else the one year that the document's other mentions of it agree on. Then the aliases of
     * {@code symbol-aliases.tsv}, the keys, and short references ("Nghị quyết 25") resolved to the nearest earlier
     * mention of the same type and number; a short reference that resolves to nothing is left out.
     */
    private void resolveKeys(List<Mention> mentions) {
        Map<String, Set<Integer>> yearsOf = new HashMap<>();
        for (Mention m : mentions) {
            if (!m.dropped && m.kind != Mention.Kind.SHORT && m.ownYear() != null) {
                yearsOf.computeIfAbsent(m.canonical, k -> new HashSet<>()).add(m.ownYear());
            }
        }
        Map<String, Integer> lastYear = new HashMap<>();
        Map<String, Mention> lastNumberedLaw = new HashMap<>();
        Map<String, Mention> lastByTypeAndNumber = new HashMap<>();
        for (Mention m : mentions) {
            if (m.dropped) {
                continue;
            }
            if (m.kind == Mention.Kind.SHORT) {
                Mention target = lastByTypeAndNumber.get(m.type() + " " + stripZeros(m.shortNumber));
                if (target == null) {
                    m.dropped = true;
                } else {
                    m.canonical = target.canonical;
                    m.key = target.key;
                    m.keyYear = target.keyYear;
                }
                continue;
            }
            String printedCanonical = m.canonical;
            Integer own = m.ownYear();
            m.keyYear = own != null ? own : lastYear.get(printedCanonical);
            if (m.keyYear == null) {
                Set<Integer> years = yearsOf.get(printedCanonical);
                m.keyYear = years != null && years.size() == 1 ? years.iterator().next() : null;
            }
            if (own != null) {
                lastYear.put(printedCanonical, own);
            }
            if (m.kind == Mention.Kind.SYMBOL && m.keyYear != null) {
                for (SymbolAlias a : lexicon.aliases(m.canonical)) {
                    if (a.year() == m.keyYear) {
                        m.repairs.add("alias: " + m.canonical + " → " + a.official() + " (" + a.source() + ")");
                        m.canonical = a.official();
                        break;
                    }
                }
            }
            m.key = CitationKeys.of(m.canonical, m.keyYear);
            if (m.kind == Mention.Kind.NAME && m.typeWord.law() && own == null) {
                Mention numbered = lastNumberedLaw.get(Folding.foldPhrase(m.canonical));
                if (numbered != null) {
                    m.key = numbered.key; // "Luật Đất đai" after "Luật Đất đai số 31/2024/QH15"
                }
            }
            if (m.kind == Mention.Kind.SYMBOL) {
                lastByTypeAndNumber.put(m.type() + " " + stripZeros(m.symbol.leadingDigits()), m);
                if (m.title != null) {
                    lastNumberedLaw.put(Folding.foldPhrase(m.title), m);
                }
            }
        }
    }

    private static String stripZeros(String number) {
        int k = 0;
        while (k < number.length() - 1 && number.charAt(k) == '0') {
            k++;
        }
        return number.substring(k);
    }

    private Citation toCitation(Mention m, String text) {
        List<String> repairs = new ArrayList<>(m.repairs.size() + m.symbolRepairs.size() + 1);
        repairs.addAll(m.symbolRepairs);
        if (m.issuer != null && !m.sharedIssuer) {
            String typo = lexicon.issuerTypo(m.issuer);
            if (typo != null) {
                repairs.add("issuer-typo: " + typo);
            }
        }
        repairs.addAll(m.repairs);
        String symbol;
        String number;
        switch (m.kind) {
            case SYMBOL:
                symbol = m.symbol.printed();
                number = m.symbol.leadingDigits();
                break;
            case SHORT:
                symbol = m.shortNumber;
                number = m.shortNumber;
                break;
            default:
                symbol = null;
                number = null;
        }
        return new Citation(text.substring(m.start, m.end), m.start, m.end, m.type(), symbol, m.canonical, number,
                m.ownYear(), m.date, m.issuer, m.name, m.key, repairs);
    }
}
