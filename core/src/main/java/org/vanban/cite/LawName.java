package org.vanban.cite;

/** A code, law or ordinance known by name ({@code law-names.tsv}): its type and its canonical title. */
record LawName(String type, String canonical) {
}
