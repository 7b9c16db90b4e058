/**
 * Searching the index: {@link org.vanban.search.DocumentSearcher} takes a {@link org.vanban.search.SearchQuery}
 * (words, cited instruments, type, issuer, dates, assignee, deadlines) and returns
 * {@link org.vanban.search.SearchResults}: ranked hits with the stored analysis and highlighted snippets, and
 * facet counts by cited instrument, type, year and issuer over every match. It also answers two ready questions:
 * the most cited instruments ({@code topCited}) and the documents that cite instruments no longer in force on a
 * date ({@code stale}).
 *
 * <h2>How words match</h2>
 * The query is analysed like the index. Each syllable typed with diacritics must occur with them ("hóa" does not
 * match "hoa"); a syllable typed without must occur in any diacritics ("nghi dinh dan chu" finds "Nghị định … dân
 * chủ"); tone-mark placement never matters (the normaliser unifies it). Adjacent query syllables that occur
 * adjacent in a document (a bigram field) rank it higher, as do words of the title; "quoted words" must occur as
 * a phrase. A symbol in the words ("04/2015/NĐ-CP") is one term, and also matches documents citing it.
 *
 * <h2>The registry hook</h2>
 * Following replacements and finding stale citations need the instrument registry, through the
 * {@link org.vanban.search.InstrumentRelations} interface (predecessors, replacements, and whether an instrument
 * was in force on a date; keys in the form of {@code Citation.key}). {@code InstrumentRelations.NONE} knows of
 * nothing; {@link org.vanban.search.RegistryRelations} reads them from an {@link org.vanban.registry.Registry}
 * ({@code new RegistryRelations(DefaultRegistry.registry())} for the registry vanban ships). Give it to
 * {@code DocumentSearcher.open(dir, normalizer, relations)} (or {@code of(index, relations)}) for
 * {@code followReplacements}, and pass it to {@code stale}; {@code vanban search} does so, with its
 * {@code --registry} files added.
 *
 * <p>A searcher is thread-safe; each call sees the index as of its latest commit (or near-real-time refresh).
 */
package org.vanban.search;
