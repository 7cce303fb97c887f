namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// What a single word is, besides any term it starts: read from the same index lookup the matcher already
/// makes for every word, so the people detectors (<see cref="Rules.PersonDetector"/>) cost no extra lookup.
/// (Common words are not tags: 60,000 of them would make the index slow to build; the detectors look one up
/// only in the rare places they need to, see <see cref="PeopleLexicon.IsCommonWord"/>.)
/// </summary>
[Flags]
internal enum WordTags : uint
{
    None = 0,

    /// <summary>A given name (Sarah, Kenji): with a surname-shaped next word, a full personal name.</summary>
    GivenName = 1,

    /// <summary>A public occupation (actress, footballer, streamer, idol): corroborates that a full personal name beside it is a real public figure.</summary>
    PublicRole = 2,

    /// <summary>First or last word of a multi-word protected name: a one-edit typo of the other word may follow or precede.</summary>
    NameAnchor = 4,

    /// <summary>A role that singles one person out: "the chancellor of …", "Metallica's drummer".</summary>
    RoleNoun = 8,

    /// <summary>A person from the user's life: "my (new) coworker".</summary>
    RelationNoun = 16,

    /// <summary>"my", "our": opens a personal relation.</summary>
    Possessive = 32,

    /// <summary>A word for a depicted person (woman, man, girl, 1girl, portrait): the prompt depicts people (steering).</summary>
    PersonWord = 64,

    /// <summary>Set on a token (never in the index) when a lexicon term consumed it.</summary>
    Matched = 128,

    /// <summary>A verb that takes clothes off (remove, erase, strip): with a garment after it, undressing.</summary>
    UndressVerb = 256,

    /// <summary>A garment (clothes, dress, bikini).</summary>
    Clothing = 512,

    /// <summary>A title written before an officeholder's surname ("President Macron", "Chancellor Scholz").</summary>
    Title = 1024,

    /// <summary>A possessive written after its noun (Indonesian saya, Tagalog ko, Greek μου, Hebrew שלי): "rekan kerja saya".</summary>
    PossessiveAfter = 2048,

    /// <summary>A word that ties a role to what it belongs to, of any language (of, de, von, di, van): "el baterista de …".</summary>
    RoleConnector = 4096,

    /// <summary>A definite article of any language (the, el, la, der, die, le, il): opens "the drummer of …".</summary>
    Determiner = 8192,

    /// <summary>A word that may stand between an undressing verb and its garment besides English determiners (la, ses, ihr, её).</summary>
    UndressFiller = 1 << 14,

    /// <summary>After a garment, it is gone (off, gone, removed, missing); before one, "take off" (a change verb + off).</summary>
    GarmentGone = 1 << 15,

    /// <summary>Makes a garment show the body (transparent, see-through, sheer): undressing only with an input image.</summary>
    GarmentSheer = 1 << 16,

    /// <summary>A verb that changes what the picture shows (make, turn, leave, put, render, change, take).</summary>
    ChangeVerb = 1 << 17,

    /// <summary>What a change verb may leave a person in that is not yet a nudity term (bare, underwear, nothing).</summary>
    NudityState = 1 << 18,

    /// <summary>
    /// An honorific written before a name in a spaced script without capitals (คุณ, শ্রীমতী, श्रीमती, خانم, גברת): the
    /// words after it are a name, where nothing else marks one (<see cref="Rules.CaselessScriptNames"/>).
    /// </summary>
    NameHonorific = 1 << 19,

    /// <summary>
    /// A given name that is also read through the transliteration of other scripts (<see cref="GivenNameKeys"/>): every
    /// <c>givenNames</c> entry, but not a <c>latinGivenNames</c> one (session 14: 1,500 names of more cultures would have
    /// made Cyrillic and Greek words match by their consonants, Красная → karsana).
    /// </summary>
    TransliteratedGivenName = 1 << 20,

    /// <summary>
    /// Skin (skin, peau, piel, Haut, кожа, ten, kulit, da, 皮膚 is matched as a term): beside a bare word, the body the
    /// garments of an input image are replaced by (<see cref="Rules.UndressGrammar"/>, session 14).
    /// </summary>
    Skin = 1 << 21,

    /// <summary>
    /// A third-person pronoun (she, her, ella, elle, lei, sie, она, ona, hon, zij, siya…): with an input image and no
    /// person word before it, the person of the uploaded picture (<see cref="Rules.PromptRules"/>, session 14).
    /// </summary>
    SubjectPronoun = 1 << 22,

    /// <summary>
    /// A word for "nothing" of a spaced script (nichts, rien, ничего, nic, τίποτα, hiçbir, כלום, هیچ, कुछ, কিছু): beside a
    /// word that puts it on the body or under a garment, no clothes with an input image
    /// (<see cref="Rules.ClothingState.TryNothingOn"/>, session 15).
    /// </summary>
    NothingWord = 1 << 23,

    /// <summary>
    /// A word for "everything" of a spaced script (everything, alles, tout, tutto, wszystko, всё, πάντα, הכל, semua): after
    /// an undressing verb and a pronoun, ending its phrase, all the person of an input image wears (<c>toglile tutto</c>,
    /// <c>сними с неё всё</c>, <c>take everything off him</c>; <see cref="Rules.PersonDetector"/>, session 22).
    /// </summary>
    EverythingWord = 1 << 24,

    /// <summary>
    /// An x-ray word (x-ray, röntgen, рентген, רנטגן, 엑스레이; "rays" words that need an X beside them): with a garment near
    /// it, a look through the clothes of an input image's person (<see cref="Rules.XRayLook"/>, session 34).
    /// </summary>
    XRayWord = 1 << 25,

    /// <summary>
    /// A word that makes a thing vanish or unseen (disappear, invisible, verschwinden, unsichtbar, disparaître, исчезнуть,
    /// görünmez, تختفي, נעלם, गायब, biến mất): with a garment in its clause, the clothes of an input image's person taken
    /// away (<see cref="Rules.GarmentVanish"/>, session 39).
    /// </summary>
    VanishWord = 1 << 26,

    /// <summary>
    /// A word for "forgot" (forgot, vergessen, oublié, olvidado, забыла, unutmuş, שכחה, lupa, quên): before or after a
    /// dressing verb, the person left undressed (<see cref="Rules.ForgotToDress"/>, session 39).
    /// </summary>
    ForgetWord = 1 << 27,

    /// <summary>
    /// A removal verb of a verb-final language that closes its clause (Persian دربیار, بکن, بردار; Hindi उतार; Bengali খুলে;
    /// Turkish çıkar, sil, kaldır): read back to the garment that is its object (<see cref="Rules.VerbFinalUndress"/>, session 39).
    /// </summary>
    VerbFinalRemoval = 1 << 28,

    /// <summary>
    /// A verb of removal or erasure whose object follows it (erase, remove, entferne, efface, borra, cancella, apaga, wymaż,
    /// vymaž, radera, сотри, зітри, σβήσε, תמחק, امسح, hapus, burahin, xóa): with a garment after it in its clause, the
    /// garment taken out of an input image (<see cref="Rules.GarmentVanish"/>, session 40).
    /// </summary>
    EraseVerb = 1u << 29,

    /// <summary>
    /// An editing verb that removes only with a particle of "away" (retouch, photoshop, airbrush, edit, retuschier,
    /// retuschera, haal): read as an <see cref="EraseVerb"/> when "away/out/off/weg/bort" follows it or its garment
    /// (<see cref="Rules.GarmentVanish"/>, session 40).
    /// </summary>
    RetouchVerb = 1u << 30,
}
