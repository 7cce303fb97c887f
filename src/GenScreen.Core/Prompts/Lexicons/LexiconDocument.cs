using System.Text.Json.Serialization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>The JSON shape of a lexicon file (docs/lexicons.md).</summary>
internal sealed class LexiconDocument
{
    [JsonPropertyName("language")]
    public string? Language { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("prompt")]
    public List<LexiconTermDocument> Prompt { get; set; } = [];

    [JsonPropertyName("negative")]
    public List<LexiconTermDocument> Negative { get; set; } = [];

    [JsonPropertyName("ageUnits")]
    public List<string> AgeUnits { get; set; } = [];

    /// <summary>Words written joined after a year that make it a birth year in unspaced scripts (<c>년생</c>, <c>年生まれ</c>).</summary>
    [JsonPropertyName("birthYearSuffixes")]
    public List<string> BirthYearSuffixes { get; set; } = [];

    [JsonPropertyName("numbers")]
    public Dictionary<string, int> Numbers { get; set; } = [];

    /// <summary>
    /// Common function words of the language (and, the, with…), chosen so that they are not words of other
    /// languages: evidence that a prompt is written in it, for its language-only terms.
    /// </summary>
    /// <summary>Languages (codes) that write compounds as one word: a youth or nudity compound of theirs split by spaces is joined back.</summary>
    [JsonPropertyName("compoundLanguages")]
    public List<string> CompoundLanguages { get; set; } = [];

    /// <summary>Stems with their endings, clitics and compounds (<see cref="InflectionDocument"/>).</summary>
    [JsonPropertyName("inflection")]
    public InflectionDocument? Inflection { get; set; }

    [JsonPropertyName("stopWords")]
    public List<string> StopWords { get; set; } = [];

    /// <summary>Clitics written joined to the next word (Arabic ال و ب, Hebrew ה ו ב): stripped when the whole word matches nothing.</summary>
    [JsonPropertyName("prefixes")]
    public List<string> Prefixes { get; set; } = [];

    /// <summary>Ordinal words and the number they stand for (<c>fifth</c>: 5): school stages and birthdays.</summary>
    [JsonPropertyName("ordinals")]
    public Dictionary<string, int> Ordinals { get; set; } = [];

    /// <summary>What makes a digit an ordinal in this language (<c>5th</c>, <c>5º</c> folded to <c>5o</c>, <c>5e</c>).</summary>
    [JsonPropertyName("ordinalSuffixes")]
    public List<string> OrdinalSuffixes { get; set; } = [];

    /// <summary>Role name (see <see cref="RoleNames"/>) to the words that have it.</summary>
    [JsonPropertyName("roles")]
    public Dictionary<string, List<string>> Roles { get; set; } = [];

    /// <summary>The language's school stages (<c>grade</c>, <c>Klasse</c>, <c>小学…年生</c>).</summary>
    [JsonPropertyName("schoolStages")]
    public List<SchoolStageDocument> SchoolStages { get; set; } = [];

    /// <summary>
    /// Word to the other ways it is written (<c>young</c>: <c>yng</c>, <c>yung</c>): every term containing the
    /// word is also matched with each spelling.
    /// </summary>
    [JsonPropertyName("spellings")]
    public Dictionary<string, List<string>> Spellings { get; set; } = [];

    /// <summary>Protected names (names files use only this and version).</summary>
    [JsonPropertyName("names")]
    public List<string> Names { get; set; } = [];

    /// <summary>
    /// Protected names matched only as written (every form the source gives, native scripts included), without
    /// the one-typo tolerance of <see cref="Names"/>: the large, lesser-known lists (tens of thousands of
    /// politicians and athletes), whose typo index would cost more memory than the lexicon budget allows.
    /// </summary>
    [JsonPropertyName("exactNames")]
    public List<string> ExactNames { get; set; } = [];

    /// <summary>Protected names that are also matched as they sound when written in another script (the best-known ones).</summary>
    [JsonPropertyName("wellKnownNames")]
    public List<string> WellKnownNames { get; set; } = [];

    /// <summary>Names removed from the protected names loaded before (built-in or configured): e.g. a mascot's name.</summary>
    [JsonPropertyName("excludedNames")]
    public List<string> ExcludedNames { get; set; } = [];

    /// <summary>Fictional adults: their names consume their words, so they are neither real people nor full personal names.</summary>
    [JsonPropertyName("fictional")]
    public List<FictionalCharacterDocument> Fictional { get; set; } = [];

    /// <summary>Given names (realPersonLikely: a given name followed by a surname-shaped word).</summary>
    [JsonPropertyName("givenNames")]
    public List<string> GivenNames { get; set; } = [];

    /// <summary>
    /// Given names read only as written in Latin letters (realPersonLikely), not through the transliteration of other
    /// scripts: the large lists of more cultures (people/given-names-cultures.json).
    /// </summary>
    [JsonPropertyName("latinGivenNames")]
    public List<string> LatinGivenNames { get; set; } = [];

    /// <summary>Common words of the language: never surname-shaped, never read as a typo of a name.</summary>
    [JsonPropertyName("commonWords")]
    public List<string> CommonWords { get; set; } = [];

    /// <summary>Roles that single one person out: "the &lt;role&gt; of …", "X's &lt;role&gt;".</summary>
    [JsonPropertyName("roleNouns")]
    public List<string> RoleNouns { get; set; } = [];

    /// <summary>Public occupations (actress, footballer, streamer): a full personal name with one of them in the prompt is a public figure.</summary>
    [JsonPropertyName("publicRoles")]
    public List<string> PublicRoles { get; set; } = [];

    /// <summary>Titles written before a surname ("President", "Chancellor"): title + surname singles out an officeholder.</summary>
    [JsonPropertyName("titles")]
    public List<string> Titles { get; set; } = [];

    /// <summary>People from the user's life: "my &lt;relation&gt;".</summary>
    [JsonPropertyName("relationNouns")]
    public List<string> RelationNouns { get; set; } = [];

    /// <summary>Verbs that take clothes off ("remove", "erase"): followed by a garment, undressing.</summary>
    [JsonPropertyName("undressVerbs")]
    public List<string> UndressVerbs { get; set; } = [];

    /// <summary>Words of other languages that may stand between an undressing verb and its garment (la, ses, ihr).</summary>
    [JsonPropertyName("undressFillers")]
    public List<string> UndressFillers { get; set; } = [];

    /// <summary>Words that, after a garment, say it is gone ("off", "gone", "removed"); "off" after a change verb ("take off").</summary>
    [JsonPropertyName("garmentGone")]
    public List<string> GarmentGone { get; set; } = [];

    /// <summary>Words that make a garment show the body ("transparent", "see-through"): undressing with an input image.</summary>
    [JsonPropertyName("garmentSheer")]
    public List<string> GarmentSheer { get; set; } = [];

    /// <summary>Verbs that change the picture ("make", "turn", "leave", "put"): with a person and a nudity state, undressing with an input image.</summary>
    /// <summary>Words for skin ("skin", "peau", "кожа"): beside a bare word, the body that replaces a garment of an input image.</summary>
    [JsonPropertyName("skinWords")]
    public List<string> SkinWords { get; set; } = [];

    /// <summary>Third-person pronouns ("she", "ella", "она"): with an input image and no person word before them, its person.</summary>
    [JsonPropertyName("subjectPronouns")]
    public List<string> SubjectPronouns { get; set; } = [];

    [JsonPropertyName("changeVerbs")]
    public List<string> ChangeVerbs { get; set; } = [];

    /// <summary>States a change verb may leave a person in that are no nudity term alone ("bare", "underwear", "nothing").</summary>
    [JsonPropertyName("nudityStates")]
    public List<string> NudityStates { get; set; } = [];

    /// <summary>Words for "nothing" (nichts, ничего, hiçbir, כלום): beside an on-the-body or under word, no clothes with an input image (session 15).</summary>
    [JsonPropertyName("nothingWords")]
    public List<string> NothingWords { get; set; } = [];

    /// <summary>Words for "everything" (alles, tout, всё, הכל): after an undressing verb and a pronoun, all the person wears (session 22).</summary>
    [JsonPropertyName("everythingWords")]
    public List<string> EverythingWords { get; set; } = [];

    /// <summary>X-ray words (x-ray, röntgen, рентген, רנטגן, 엑스레이): beside a garment, a look through an input image's clothes (session 34).</summary>
    [JsonPropertyName("xrayWords")]
    public List<string> XRayWords { get; set; } = [];

    /// <summary>Vanish words (disappear, invisible, verschwinden, исчезнуть, görünmez): beside a garment, its removal from an input image (session 39).</summary>
    [JsonPropertyName("vanishWords")]
    public List<string> VanishWords { get; set; } = [];

    /// <summary>Forget words (forgot, vergessen, oublié, забыла, unutmuş): beside a dressing verb, the person left undressed (session 39).</summary>
    [JsonPropertyName("forgetWords")]
    public List<string> ForgetWords { get; set; } = [];

    /// <summary>Removal verbs of the verb-final languages (دربیار, उतार, খুলে, çıkar): read back to their garment object (session 39).</summary>
    [JsonPropertyName("verbFinalRemovals")]
    public List<string> VerbFinalRemovals { get; set; } = [];

    /// <summary>Removal and erasure verbs whose garment object follows them (erase, entferne, borra, сотри, תמחק, hapus): session 40.</summary>
    [JsonPropertyName("eraseVerbs")]
    public List<string> EraseVerbs { get; set; } = [];

    /// <summary>Editing verbs that remove only with a particle of "away" (retouch, photoshop, retuschier, retuschera): session 40.</summary>
    [JsonPropertyName("retouchVerbs")]
    public List<string> RetouchVerbs { get; set; } = [];

    /// <summary>Honorifics written before a name in Thai, Bengali, Devanagari, Arabic, Persian or Hebrew (คุณ, শ্রীমতী, خانم).</summary>
    [JsonPropertyName("honorificsBefore")]
    public List<string> HonorificsBefore { get; set; } = [];

    /// <summary>Garments ("clothes", "dress", "bikini").</summary>
    [JsonPropertyName("clothing")]
    public List<string> Clothing { get; set; } = [];

    /// <summary>Possessives that open a relation ("my", "our").</summary>
    [JsonPropertyName("possessives")]
    public List<string> Possessives { get; set; } = [];

    /// <summary>Possessives written after the noun ("rekan kerja saya", "η συνάδελφός μου").</summary>
    [JsonPropertyName("possessivesAfter")]
    public List<string> PossessivesAfter { get; set; } = [];

    /// <summary>Words that tie a role to its group or place ("de", "von", "di"), for "the drummer of …" in other languages.</summary>
    [JsonPropertyName("roleConnectors")]
    public List<string> RoleConnectors { get; set; } = [];

    /// <summary>Definite articles ("el", "der", "le") that open a role description.</summary>
    [JsonPropertyName("determiners")]
    public List<string> Determiners { get; set; } = [];

    /// <summary>Pinyin syllable → the Han characters read so (names written in Chinese characters).</summary>
    [JsonPropertyName("hanReadings")]
    public Dictionary<string, string> HanReadings { get; set; } = [];

    /// <summary>Japanese family names in kanji → katakana readings (several joined by |): names written in Japanese.</summary>
    [JsonPropertyName("kanjiFamilyNames")]
    public Dictionary<string, string> KanjiFamilyNames { get; set; } = [];

    /// <summary>Japanese given names in kanji or hiragana → katakana readings (several joined by |).</summary>
    [JsonPropertyName("kanjiGivenNames")]
    public Dictionary<string, string> KanjiGivenNames { get; set; } = [];

    /// <summary>Ordinary words that split into a family and a given name (上司, 名古屋大学): never a name.</summary>
    [JsonPropertyName("kanjiNotNames")]
    public List<string> KanjiNotNames { get; set; } = [];

    /// <summary>Chinese family names (one or two Han characters): a name in Chinese beside a role or an honorific.</summary>
    [JsonPropertyName("hanFamilyNames")]
    public List<string> HanFamilyNames { get; set; } = [];

    /// <summary>Honorifics written after a name in Han, kana or Hangul (さん, 先生, 씨, 小姐): the word before is a person.</summary>
    [JsonPropertyName("nameHonorifics")]
    public List<string> NameHonorifics { get; set; } = [];

    /// <summary>Public occupations in scripts written without spaces or with particles (女優, 女演员, 배우): found inside runs.</summary>
    [JsonPropertyName("cjkPublicRoles")]
    public List<string> CjkPublicRoles { get; set; } = [];

    /// <summary>Steering, per language: words that say a prompt depicts people, and negative-prompt terms that steer away from minors.</summary>
    [JsonPropertyName("steering")]
    public List<SteeringDocument> Steering { get; set; } = [];
}

/// <summary>One fictional character and the work whose canon makes them an adult.</summary>
internal sealed class FictionalCharacterDocument
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("work")]
    public string? Work { get; set; }
}

/// <summary>One language of the steering section of a lexicon file.</summary>
internal sealed class SteeringDocument
{
    /// <summary>Language code (en, de, ja…).</summary>
    [JsonPropertyName("language")]
    public string? Language { get; set; }

    /// <summary>Words for depicted people (woman, man, girl, portrait).</summary>
    [JsonPropertyName("people")]
    public List<string> People { get; set; } = [];

    /// <summary>Negative-prompt terms that steer a generator away from minors (child, young, loli…).</summary>
    [JsonPropertyName("negative")]
    public List<string> Negative { get; set; } = [];
}

/// <summary>One term in a lexicon file.</summary>
internal sealed class LexiconTermDocument
{
    [JsonPropertyName("term")]
    public string? Term { get; set; }

    [JsonPropertyName("signal")]
    public string? Signal { get; set; }

    [JsonPropertyName("level")]
    public int Level { get; set; }

    /// <summary>A false friend: the term counts only when the prompt shows the file's language (docs/lexicons.md).</summary>
    [JsonPropertyName("languageOnly")]
    public bool LanguageOnly { get; set; }
}

/// <summary>One entry of a lexicon's <c>schoolStages</c> (see <see cref="SchoolStage"/>).</summary>
internal sealed class SchoolStageDocument
{
    [JsonPropertyName("unit")]
    public string? Unit { get; set; }

    [JsonPropertyName("prefix")]
    public string? Prefix { get; set; }

    /// <summary><c>ordinal</c>, <c>number</c> or absent.</summary>
    [JsonPropertyName("before")]
    public string? Before { get; set; }

    [JsonPropertyName("after")]
    public bool After { get; set; }

    [JsonPropertyName("firstAge")]
    public int FirstAge { get; set; }

    [JsonPropertyName("count")]
    public int Count { get; set; }

    [JsonPropertyName("context")]
    public bool Context { get; set; }

    [JsonPropertyName("fillers")]
    public List<string> Fillers { get; set; } = [];

    [JsonPropertyName("followedBy")]
    public List<string> FollowedBy { get; set; } = [];

    [JsonPropertyName("exclude")]
    public List<string> Exclude { get; set; } = [];

    [JsonPropertyName("digitsOnly")]
    public bool DigitsOnly { get; set; }
}
