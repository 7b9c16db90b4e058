package org.vanban.cite;

import java.time.LocalDate;

/**
 * One instrument's official symbol where it is commonly cited under another ({@code symbol-aliases.tsv}).
 *
 * @param printed  the symbol as commonly cited, after the ordinary repairs ("11-QĐ/TW")
 * @param year     the year that identifies the instrument
 * @param date     its date of issue
 * @param issuer   its issuer
 * @param official the official symbol ("11-QĐi/TW")
 * @param source   where the official symbol is attested
 */
record SymbolAlias(String printed, int year, LocalDate date, String issuer, String official, String source) {
}
