namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Words that pin down one person of the user's own surroundings (session 25, i16-roles29; Rules/Data/surroundings-cues.tsv):
/// a picture taken secretly ("taken secretly", 盗撮, 몰카, แอบถ่าย, "foto a escondidas", "صورة مسروقة"), a neighbour said
/// without "my" (옆집 아줌마, 隣の家の奥さん, পাশের বাড়ির বৌদি, la vecina), where in the user's building that person lives ("from
/// the third floor", "aus dem dritten Stock", "del quinto", "מהקומה השלישית"), and underwear as a whole outfit (matched inside
/// the prompt's sexual term: the lexicons rate underwear with swimwear, as revealing).
/// </summary>
/// <remarks>
/// Read by <see cref="PromptRules"/> only beside revealing or stronger sexual content, never on an ordinary prompt. Each check is
/// a <see cref="CueScan"/> over the prompt.
/// </remarks>
internal static class Surroundings
{
    private static readonly Lazy<Dictionary<string, string[]>> Cues = new(Load);

    /// <summary>The picture is taken secretly: its subject is someone photographed without knowing it, a real person.</summary>
    public static bool IsCovert(string prompt) => CueScan.Find(prompt, Cues.Value["covert"], CueScan.WordStart.Cased);

    /// <summary>A person living next to the user, said with or without "my" (옆집, 隣の家, la vecina, השכנה).</summary>
    public static bool HasNeighbour(string prompt) => CueScan.Find(prompt, Cues.Value["neighbour"], CueScan.WordStart.Cased);

    /// <summary>
    /// Where in the user's building or street a person lives ("from the third floor", "del quinto", "ข้างบ้าน"), written outside
    /// the span <paramref name="start"/>..<paramref name="end"/> (the person's own words: in "옆집 누나" the relation is the place,
    /// an archetype as "the girl next door" is, and pins down nobody further).
    /// </summary>
    public static bool HasDwelling(string prompt, int start = 0, int end = 0) =>
        CueScan.Find(prompt, Cues.Value["dwelling"], CueScan.WordStart.Cased, start, end) || CueScan.Find(prompt, Cues.Value["floor"], CueScan.WordStart.Cased, start, end);

    /// <summary>
    /// A neighbour said by the floor or flat they live on (session 27: "la voisine du deuxième", "la vecina del segundo
    /// izquierda", "de buurvrouw van drie hoog", "sąsiadka z czwartego piętra", "همسایه طبقه بالا"): the floor is written
    /// outside the neighbour word (in 윗집 the place is the word, as "the girl next door" is an archetype). Kind <c>floor</c>
    /// holds floors and flats only, never "next door" or "across the street", which archetypes use.
    /// </summary>
    public static bool HasNeighbourOnFloor(string prompt)
    {
        var (start, end) = CueScan.FindFirst(prompt, Cues.Value["neighbour"], CueScan.WordStart.Cased);
        return start >= 0 && CueScan.Find(prompt, Cues.Value["floor"], CueScan.WordStart.Cased, start, end);
    }

    /// <summary>
    /// The user asks for the picture to look real ("make it look real", "soll echt aussehen", "que parezca real", "realistisch",
    /// "صورة واقعية", "gerçekçi", 逼真; session 27, kind <c>real-look</c>). Read only beside a real-person hint with suggestive
    /// content: a lifelike picture of one person of the user's life in lingerie is that person's deepfake.
    /// </summary>
    public static bool AsksLooksReal(string prompt) => CueScan.Find(prompt, Cues.Value["real-look"], CueScan.WordStart.Cased);

    /// <summary>Whether a sexual term says underwear as an outfit ("in underwear", "нижнем белье", "iç çamaşırıyla", "nakabra").</summary>
    public static bool IsIntimate(string? term) => term is not null && CueScan.Find(term, Cues.Value["intimate"], CueScan.WordStart.Anywhere);

    private static Dictionary<string, string[]> Load()
    {
        using var reader = RuleDataFile.Open("surroundings-cues.tsv");
        return Parse(reader);
    }

    internal static Dictionary<string, string[]> Parse(TextReader reader) =>
        RuleDataFile.CueLists(reader, "surroundings-cues.tsv", "covert", "neighbour", "dwelling", "intimate", "floor", "real-look");
}
