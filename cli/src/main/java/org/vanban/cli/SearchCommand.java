package org.vanban.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vanban.AnalyzedDocument;
import org.vanban.DocumentJson;
import org.vanban.TextSpan;
import org.vanban.normalize.VietnameseNormalizer;
import org.vanban.search.DocumentSearcher;
import org.vanban.search.FacetCount;
import org.vanban.registry.RegistryFormatException;
import org.vanban.search.InstrumentRelations;
import org.vanban.search.RegistryRelations;
import org.vanban.search.SearchHit;
import org.vanban.search.SearchQuery;
import org.vanban.search.SearchResults;
import org.vanban.search.Snippet;
import org.vanban.search.StaleCitation;
import org.vanban.search.StaleDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vanban search}: find indexed documents by words, legal basis, type, issuer and date. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search an index made by `vanban index`.",
            "Hits are ranked, with highlighted passages, and counted by cited instrument, type, year and issuer. "
                    + "Words match with or without diacritics (\"nghi dinh\" finds \"Nghị định\"); words typed with "
                    + "diacritics match only those; \"quoted words\" must be adjacent. Without words, hits are the "
                    + "newest first. Put the QUERY before --cites.",
            "Ready questions: --top-cited (the most cited instruments) and --stale --as-of DATE (documents citing "
                    + "instruments no longer in force on DATE, by the registry). --follow-replacements and --stale "
                    + "read the registry vanban ships, plus any --registry FILE.",
            "Exit code 0 with hits, 1 with none, 2 on bad input."})
final class SearchCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
    private Path indexDir;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to find.")
    private List<String> words = new ArrayList<>();

    @Option(names = "--cites", arity = "1..*", paramLabel = "KEY",
            description = "Only documents citing this instrument: a symbol (any year: 16/CT-TTg), a key with its "
                    + "year (16/CT-TTg@2016) or a name (Luật Tiếp công dân), in any spelling.")
    private List<String> cites = new ArrayList<>();

    @Option(names = "--follow-replacements",
            description = "Also documents citing what the instruments replaced or were replaced by (registry).")
    private boolean followReplacements;

    @Option(names = "--type", paramLabel = "T", description = "Document type or its abbreviation (KH, BC, Kế hoạch).")
    private String type;

    @Option(names = "--issuer", paramLabel = "I", description = "Words of the issuing body.")
    private String issuer;

    @Option(names = "--assignee", paramLabel = "A", description = "Words of an assignee.")
    private String assignee;

    @Option(names = "--from", paramLabel = "D", description = "Issued on or after (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "Issued on or before (YYYY-MM-DD).")
    private LocalDate to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Most hits (or instruments, or documents) shown. Default: ${DEFAULT-VALUE}.")
    private int limit;

    @Option(names = "--facets", paramLabel = "N", defaultValue = "5",
            description = "Values shown per facet; 0 for none. Default: ${DEFAULT-VALUE}.")
    private int facets;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--top-cited", description = "List the instruments cited by the most matching documents.")
    private boolean topCited;

    @Option(names = "--stale", description = "List matching documents that cite instruments no longer in force.")
    private boolean stale;

    @Option(names = "--as-of", paramLabel = "D", description = "Date for --stale (YYYY-MM-DD). Default: today.")
    private LocalDate asOf;

    @Mixin
    private RegistryOptions registryOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 0 || facets < 0) {
            err.println("vanban search: --limit and --facets must not be negative");
            return VanbanCli.EXIT_INPUT_ERROR;
        }
        if (topCited && stale) {
            err.println("vanban search: choose one of --top-cited and --stale");
            return VanbanCli.EXIT_INPUT_ERROR;
        }
        InstrumentRelations relations = InstrumentRelations.NONE;
        if (stale || followReplacements) { // only these read the registry
            try {
                relations = new RegistryRelations(registryOptions.registry(err));
            } catch (RegistryFormatException e) {
                return VanbanCli.EXIT_INPUT_ERROR; // the problems are printed
            }
        }
        SearchQuery query;
        try {
            query = SearchQuery.builder().text(String.join(" ", words)).cites(cites)
                    .followReplacements(followReplacements).type(type).issuer(issuer).assignee(assignee)
                    .issued(from, to).limit(limit).facetLimit(facets).build();
        } catch (IllegalArgumentException e) {
            err.println("vanban search: " + e.getMessage());
            return VanbanCli.EXIT_INPUT_ERROR;
        }
        try (DocumentSearcher searcher = DocumentSearcher.open(indexDir, new VietnameseNormalizer(), relations)) {
            if (topCited) {
                List<FacetCount> top = searcher.topCited(query, limit);
                printTopCited(out, top);
                return top.isEmpty() ? 1 : 0;
            }
            if (stale) {
                LocalDate date = asOf != null ? asOf : LocalDate.now();
                List<StaleDocument> docs = searcher.stale(date, relations, query, limit);
                printStale(out, docs, date);
                return docs.isEmpty() ? 1 : 0;
            }
            SearchResults results = searcher.search(query);
            if (format == Format.json) {
                out.println(toJson(results));
            } else {
                printText(out, results, System.console() != null);
            }
            return results.totalHits() == 0 ? 1 : 0;
        } catch (IOException e) {
            err.println(e.getMessage() != null ? e.getMessage() : indexDir + ": " + e);
            return VanbanCli.EXIT_INPUT_ERROR;
        }
    }

    private static void printText(PrintWriter out, SearchResults r, boolean terminal) {
        String open = terminal ? "\u001B[1m" : "«";
        String close = terminal ? "\u001B[0m" : "»";
        out.printf(Locale.ROOT, "%d document%s match%s", r.totalHits(), r.totalHits() == 1 ? "" : "s",
                r.hits().size() < r.totalHits() ? " (showing " + r.hits().size() + ")" : "");
        if (r.searchedKeys().size() > 1) {
            out.print("; instruments searched: " + String.join(", ", r.searchedKeys()));
        }
        out.println();
        int rank = 0;
        for (SearchHit h : r.hits()) {
            AnalyzedDocument d = h.document();
            out.printf(Locale.ROOT, "%n%2d. %s  %s  %s%n", ++rank, d.issuedDate() == null ? "----------" : d.issuedDate(),
                    d.docType() == null ? "" : d.docType(), d.title() == null ? "" : d.title());
            out.println("    " + (d.issuer() == null ? "" : d.issuer() + " — ") + h.source()
                    + (h.score() > 0 ? String.format(Locale.ROOT, "  (score %.2f)", h.score()) : ""));
            if (!h.matchedCitations().isEmpty()) {
                out.println("    cites " + String.join(", ", h.matchedCitations()));
            }
            for (Snippet s : h.snippets()) {
                out.println("    … " + s.marked(open, close) + " …");
            }
        }
        if (!r.facets().isEmpty()) {
            out.println();
            for (Map.Entry<String, List<FacetCount>> e : r.facets().entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                e.getValue().forEach(c -> parts.add(c.value() + " (" + c.count() + ")"));
                out.printf(Locale.ROOT, "%-7s %s%n", e.getKey() + ":", String.join(", ", parts));
            }
        }
    }

    private void printTopCited(PrintWriter out, List<FacetCount> top) {
        if (format == Format.json) {
            ArrayNode arr = DocumentJson.mapper().createArrayNode();
            top.forEach(c -> arr.addObject().put("key", c.value()).put("documents", c.count()));
            out.println(arr);
            return;
        }
        out.println("documents  instrument");
        top.forEach(c -> out.printf(Locale.ROOT, "%9d  %s%n", c.count(), c.value()));
    }

    private void printStale(PrintWriter out, List<StaleDocument> docs, LocalDate date) {
        if (format == Format.json) {
            ArrayNode arr = DocumentJson.mapper().createArrayNode();
            for (StaleDocument d : docs) {
                ObjectNode o = arr.addObject().put("source", d.source())
                        .put("issuedDate", d.issuedDate() == null ? null : d.issuedDate().toString())
                        .put("title", d.title());
                ArrayNode cs = o.putArray("citations");
                for (StaleCitation c : d.citations()) {
                    ObjectNode co = cs.addObject().put("key", c.supersession().key())
                            .put("status", c.supersession().status())
                            .put("since", c.supersession().since() == null ? null : c.supersession().since().toString())
                            .put("issuedAfterSupersession", c.issuedAfterSupersession())
                            .put("sourced", c.supersession().sourced());
                    ArrayNode by = co.putArray("replacedBy");
                    c.supersession().replacedBy().forEach(by::add);
                }
            }
            out.println(arr);
            return;
        }
        out.println(docs.size() + " document" + (docs.size() == 1 ? "" : "s")
                + " cite instruments no longer in force on " + date);
        for (StaleDocument d : docs) {
            out.println();
            out.println((d.issuedDate() == null ? "----------" : d.issuedDate()) + "  " + d.source()
                    + (d.title() == null ? "" : "  " + d.title()));
            for (StaleCitation c : d.citations()) {
                var s = c.supersession();
                out.println("    " + s.key() + ": " + s.status() + (s.since() == null ? "" : " since " + s.since())
                        + (s.replacedBy().isEmpty() ? "" : ", by " + String.join(", ", s.replacedBy()))
                        + (c.issuedAfterSupersession() ? " (already so when the document was issued)" : "")
                        + (s.sourced() ? "" : " [unverified: no source states it]"));
            }
        }
    }

    private static String toJson(SearchResults r) {
        ObjectNode root = DocumentJson.mapper().createObjectNode();
        root.put("total", r.totalHits());
        ArrayNode keys = root.putArray("searchedKeys");
        r.searchedKeys().forEach(keys::add);
        ArrayNode hits = root.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode o = hits.addObject();
            o.put("source", h.source()).put("score", h.score());
            ArrayNode matched = o.putArray("matchedCitations");
            h.matchedCitations().forEach(matched::add);
            ArrayNode snippets = o.putArray("snippets");
            for (Snippet s : h.snippets()) {
                ObjectNode so = snippets.addObject().put("text", s.text());
                ArrayNode hl = so.putArray("highlights");
                for (TextSpan span : s.highlights()) {
                    hl.addArray().add(span.start()).add(span.end());
                }
            }
            o.set("document", DocumentJson.mapper().valueToTree(h.document()));
            ((ObjectNode) o.get("document")).remove("text");
        }
        ObjectNode facets = root.putObject("facets");
        r.facets().forEach((dim, counts) -> {
            ArrayNode arr = facets.putArray(dim);
            counts.forEach(c -> arr.addObject().put("value", c.value()).put("count", c.count()));
        });
        return root.toString();
    }
}
