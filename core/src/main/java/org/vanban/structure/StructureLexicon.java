package org.vanban.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The word lists the rules use, read once from the resources next to this class. Immutable, shared by every
 * parser instance.
 */
final class StructureLexicon {

    private static final String DIR = "/org/vanban/structure/";

    final WordList documentTypes;
    final WordList positions;
    final WordList organisationHeads;
    final WordList basisOpeners;
    final WordList signaturePlaceholders;
    final WordList surnames;
    final WordList implementationHeadings;
    final WordList namePrefixes;
    /** Authority prefixes without the dot, upper case ("KT", "TM", …). */
    final List<String> authorityPrefixes;
    /** Opening verbs that need a document noun after them. */
    final WordList openingVerbs;
    /** Opening verbs that are the document's act themselves ("báo cáo"). */
    final WordList openingActs;

    private StructureLexicon() {
        documentTypes = WordList.load(DIR + "document-types.txt");
        positions = WordList.load(DIR + "positions.txt");
        organisationHeads = WordList.load(DIR + "organisation-heads.txt");
        basisOpeners = WordList.load(DIR + "basis-openers.txt");
        signaturePlaceholders = WordList.load(DIR + "signature-placeholders.txt");
        surnames = WordList.load(DIR + "surnames.txt");
        implementationHeadings = WordList.load(DIR + "implementation-headings.txt");
        namePrefixes = WordList.load(DIR + "name-prefixes.txt");
        authorityPrefixes = List.copyOf(WordList.readLines(DIR + "authority-prefixes.txt"));
        List<String> verbs = new ArrayList<>();
        List<String> acts = new ArrayList<>();
        for (String v : WordList.readLines(DIR + "opening-verbs.txt")) {
            if (v.startsWith("!")) {
                acts.add(v.substring(1));
            } else {
                verbs.add(v);
            }
        }
        openingVerbs = WordList.of(verbs);
        openingActs = WordList.of(acts);
    }

    private static final class Holder {
        static final StructureLexicon INSTANCE = new StructureLexicon();
    }

    static StructureLexicon get() {
        return Holder.INSTANCE;
    }
}
