namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Children in ordinary swimwear at the beach or the pool, doing what children do there (<c>kids in swimsuits building a
/// sandcastle</c>, <c>enfants en maillot de bain qui jouent dans les vagues</c>): a family holiday photo, which a production
/// service allows. Read only when the prompt's one sexual signal is revealing attire (level 1: nothing suggestive, no
/// nudity) and that attire is ordinary swimwear, not a bikini or underwear; then the prompt must say what makes it a family
/// photo (a holiday, the family, play, a swimming lesson), and hold no posing or close-up word. Everything else with a minor and revealing attire stays held for review
/// (docs/categories.md, "Children in swimwear").
/// </summary>
internal static class FamilySwimwear
{
    /// <summary>Ordinary swimwear, as the lexicons name it (the evidence's term).</summary>
    private static readonly string[] Swimwear =
    [
        "swimsuit", "swimsuits", "swimwear", "bathing suit", "bathing suits", "swimming costume", "swim trunks", "swimming trunks",
        "maillot de bain", "maillots de bain", "bañador", "bañadores", "traje de baño", "trajes de baño", "badeanzug", "badeanzüge",
        "badehose", "costume da bagno", "costumi da bagno", "maiô", "roupa de banho", "zwempak", "zwembroek", "badpak",
        "strój kąpielowy", "stroje kąpielowe", "купальник", "купальники", "baddräkt", "mayo", "baju renang", "đồ bơi",
    ];

    /// <summary>
    /// What a family photo shows: a holiday, the family, play and swimming lessons, in the languages of the swimwear above.
    /// A place alone (<c>child in a swimsuit at the beach</c>) is not enough: it says nothing of what the picture is about.
    /// </summary>
    private static readonly string[] Scene =
    [
        "sandcastle", "sand castle", "building", "playing", "splashing", "paddling", "swimming lesson", "swim lesson", "swim class", "learning to swim",
        "family", "parents", "father", "mother", "dad", "mom", "mum", "holiday", "vacation", "water park", "sprinkler", "bucket and spade",
        "château de sable", "chateau de sable", "jouent", "jouer", "joue", "cours de natation", "famille", "vacances", "parents", "papa", "maman",
        "castillo de arena", "construyendo", "jugando", "juegan", "clase de natación", "clase de natacion", "familia", "vacaciones", "padre", "madre",
        "sandburg", "spielen", "spielt", "schwimmkurs", "familie", "urlaub", "vater", "mutter",
        "castello di sabbia", "giocano", "giocando", "lezione di nuoto", "famiglia", "vacanze",
        "castelo de areia", "brincando", "brincam", "aula de natação", "família", "férias",
        "zandkasteel", "spelen", "zwemles", "vakantie", "zamek z piasku", "bawią", "lekcja pływania", "rodzina", "wakacje",
        "замок из песка", "играют", "семья", "каникул", "kum havuzu", "aile", "tatil", "keluarga", "liburan", "gia đình", "kỳ nghỉ",
    ];

    /// <summary>Posing or a close look at the body keeps the review.</summary>
    private static readonly string[] Posing = ["pose", "posing", "close-up", "closeup", "close up", "zoom", "focus on", "from below", "pov"];

    /// <param name="revealingTerm">The term of the prompt's revealing-attire evidence.</param>
    /// <param name="source">The prompt.</param>
    public static bool IsFamilyScene(string revealingTerm, string source)
    {
        if (!Contains(Swimwear, revealingTerm, exact: true))
        {
            return false;
        }

        return Contains(Scene, source, exact: false) && !Contains(Posing, source, exact: false);
    }

    private static bool Contains(string[] words, string text, bool exact)
    {
        foreach (var word in words)
        {
            WorkCounter.Add(1);
            if (exact ? text.Equals(word, StringComparison.OrdinalIgnoreCase) : text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
