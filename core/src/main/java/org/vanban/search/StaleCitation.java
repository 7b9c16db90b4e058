package org.vanban.search;

/**
 * A citation of an instrument that was no longer in force on the date asked about.
 *
 * @param supersession          what became of the instrument
 * @param issuedAfterSupersession the citing document is dated after the instrument stopped being in force, so it
 *                              was already stale when written
 */
public record StaleCitation(Supersession supersession, boolean issuedAfterSupersession) {
}
