using System.Text.Json.Serialization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// A language's inflection as data (a lexicon file's <c>inflection</c> section, docs/lexicons.md): stems whose
/// inflected and affixed forms count as the stem, the endings that may follow them, and the compounds of
/// languages that write them as one word.
/// </summary>
internal sealed class InflectionDocument
{
    /// <summary>Shortest stem this language's rules accept (a stem listed shorter is a format error).</summary>
    [JsonPropertyName("minStem")]
    public int MinStem { get; set; } = 4;

    /// <summary>Endings and suffixes (noun cases, adjective and adverb endings, plural and possessive suffixes).</summary>
    [JsonPropertyName("suffixes")]
    public List<string> Suffixes { get; set; } = [];

    /// <summary>How many suffixes may follow one another after a stem (1 for Slavic endings, more for Turkish chains).</summary>
    [JsonPropertyName("maxSuffixes")]
    public int MaxSuffixes { get; set; } = 1;

    /// <summary>
    /// A stem's last letters as written before a suffix to the lemma's (normalized, Turkish softening
    /// <c>g</c> → <c>k</c>: <c>çocuğa</c> is <c>çocuk</c> + <c>a</c>).
    /// </summary>
    [JsonPropertyName("alternations")]
    public Dictionary<string, string> Alternations { get; set; } = [];

    [JsonPropertyName("stems")]
    public List<LexiconTermDocument> Stems { get; set; } = [];

    /// <summary>Whole words never read as a stem and its ending (false friends: an ordinary word that happens to split so).</summary>
    [JsonPropertyName("exceptions")]
    public List<string> Exceptions { get; set; } = [];

    /// <summary>
    /// Letters that among the loaded languages only this one writes (Polish <c>ąęłśźż</c>, Czech <c>řůě</c>, Turkish
    /// <c>ğış</c>, Swedish <c>å</c>): a prompt that contains one shows the language for its false friends, even
    /// though normalization folds the letter away.
    /// </summary>
    [JsonPropertyName("letters")]
    public string? Letters { get; set; }

    [JsonPropertyName("compounds")]
    public CompoundDocument? Compounds { get; set; }

    /// <summary>
    /// Prefixes written joined to a stem (Tagalog <c>nag-</c>, <c>pinag-</c>, <c>ka-</c>; Indonesian <c>ber-</c>,
    /// <c>di-</c>, <c>me-</c>, <c>ke-</c>): <c>naghubad</c>, <c>ditelanjangi</c>, <c>ketelanjangan</c> count as their stem.
    /// </summary>
    [JsonPropertyName("prefixes")]
    public List<string> Prefixes { get; set; } = [];

    /// <summary>
    /// A prefix that replaces the stem's first letter → that letter (Indonesian <c>men</c> → <c>t</c>:
    /// <c>menelanjangi</c> is <c>me</c> + <c>telanjang</c> + <c>i</c>).
    /// </summary>
    [JsonPropertyName("prefixMutations")]
    public Dictionary<string, string> PrefixMutations { get; set; } = [];

    /// <summary>Infixes written after a stem's first consonant (Tagalog <c>-in-</c>, <c>-um-</c>: <c>hinubaran</c>).</summary>
    [JsonPropertyName("infixes")]
    public List<string> Infixes { get; set; } = [];

    /// <summary>The stem's first syllable (consonant and vowel) may be written twice (Tagalog <c>naghuhubad</c>).</summary>
    [JsonPropertyName("reduplication")]
    public bool Reduplication { get; set; }
}

/// <summary>
/// Compounds written as one word (German, Dutch, Swedish): a word whose first element (<see cref="Heads"/>) or last
/// element (<see cref="Tails"/>) is a term counts as that term, unless it starts or ends with a guard word
/// (<c>Kindergarten</c>, <c>Nacktschnecke</c>, <c>unisex</c>).
/// </summary>
internal sealed class CompoundDocument
{
    [JsonPropertyName("heads")]
    public List<LexiconTermDocument> Heads { get; set; } = [];

    [JsonPropertyName("tails")]
    public List<LexiconTermDocument> Tails { get; set; } = [];

    [JsonPropertyName("guard")]
    public List<string> Guard { get; set; } = [];

    /// <summary>Fewest letters the rest of the compound must have besides the term.</summary>
    [JsonPropertyName("minRest")]
    public int MinRest { get; set; } = 3;
}
