package org.vanban.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vanban.AnalyzedDocument;
import org.vanban.cite.Citation;
import org.vanban.cite.CitationKeys;
import org.vanban.registry.AdministrativeUnits;
import org.vanban.registry.Registry;
import org.vanban.registry.RegistryJson;
import org.vanban.registry.Symbols;

/** Hand-built documents and citations for checker tests. */
final class Docs {

    private final String text;
    private final List<Citation> citations = new ArrayList<>();
    private int searchFrom;

    private Docs(String text) {
        this.text = text;
    }

    static Docs text(String text) {
        return new Docs(text);
    }

    /** A citation of the next occurrence of {@code surface}; year from the symbol, else from the date. */
    Docs cite(String surface, String type, String symbol, String canonical, LocalDate date, String issuer,
            String... repairs) {
        int start = text.indexOf(surface, searchFrom);
        if (start < 0) {
            throw new IllegalArgumentException("not in text: " + surface);
        }
        searchFrom = start + surface.length();
        Integer year = canonical == null ? null : Symbols.yearInSymbol(canonical);
        if (year == null && date != null) {
            year = date.getYear();
        }
        String number = symbol == null ? null : symbol.replaceAll("^(\\d+).*", "$1");
        citations.add(new Citation(surface, start, start + surface.length(), type, symbol, canonical, number, year,
                date, issuer, null, CitationKeys.of(canonical, year), List.of(repairs)));
        return this;
    }

    AnalyzedDocument dated(LocalDate issued) {
        return new AnalyzedDocument("test", "KẾ HOẠCH", null, issued, null, null, null, null, List.of(), List.of(),
                citations, List.of(), List.of(), List.of(), text);
    }

    static Registry registry() {
        try {
            return Registry.builder().add(RegistryJson.read(
                    Docs.class.getResourceAsStream("/org/vanban/registry/test-registry.json"), "test-registry.json"))
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static AdministrativeUnits units() {
        try {
            return AdministrativeUnits.read(
                    Docs.class.getResourceAsStream("/org/vanban/registry/test-units.json"), "test-units.json");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
