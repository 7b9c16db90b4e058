package org.vanban.entity;

/**
 * The word lists behind the rule tagger and actor recognition, loaded once from
 * {@code org/vanban/entity/*.txt}. Immutable and shared.
 */
public final class EntityLexicons {

    private static final EntityLexicons DEFAULT = new EntityLexicons();

    private final PhraseLexicon roles = PhraseLexicon.load(EntityLexicons.class, "roles.txt");
    private final PhraseLexicon organizations = PhraseLexicon.load(EntityLexicons.class, "organizations.txt");
    private final PhraseLexicon groups = PhraseLexicon.load(EntityLexicons.class, "groups.txt");
    private final PhraseLexicon actorWords = PhraseLexicon.load(EntityLexicons.class, "actor-words.txt");
    private final PhraseLexicon stops = PhraseLexicon.load(EntityLexicons.class, "stops.txt");
    private final PhraseLexicon surnames = PhraseLexicon.load(EntityLexicons.class, "surnames.txt");
    private final PhraseLexicon places = PhraseLexicon.load(EntityLexicons.class, "places.txt");
    private final PhraseLexicon placeTypes = PhraseLexicon.load(EntityLexicons.class, "place-types.txt");
    private final PhraseLexicon actorHeads = PhraseLexicon.load(EntityLexicons.class, "actor-heads.txt");

    private EntityLexicons() {
    }

    /** The lexicons shipped with vanban. */
    public static EntityLexicons defaults() {
        return DEFAULT;
    }

    /** Positions: "Hiệu trưởng", "Chủ tịch Công đoàn"; tag {@code CAP} when only a capitalised spelling counts. */
    public PhraseLexicon roles() {
        return roles;
    }

    /** Organisation head words, tagged {@code NAMED} or {@code STANDALONE}. */
    public PhraseLexicon organizations() {
        return organizations;
    }

    /** Collective and generic actors: "cán bộ", "các đơn vị", "tổ chuyên môn". */
    public PhraseLexicon groups() {
        return groups;
    }

    /** Quantifiers, honorifics, links, qualifiers, joins, self-references and introducers, by tag. */
    public PhraseLexicon actorWords() {
        return actorWords;
    }

    /** Verbs, adverbs and function words that end a name or an actor phrase. */
    public PhraseLexicon stops() {
        return stops;
    }

    public PhraseLexicon surnames() {
        return surnames;
    }

    public PhraseLexicon places() {
        return places;
    }

    public PhraseLexicon placeTypes() {
        return placeTypes;
    }

    /**
     * Words that begin an actor's name even when the rest is in no list: positions ("Trưởng", "Y sĩ", "Cố vấn"; tag
     * {@code POSITION}) and units ("Tổ", "Ban", "Khoa", "Trạm"; tag {@code UNIT}).
     */
    public PhraseLexicon actorHeads() {
        return actorHeads;
    }
}
