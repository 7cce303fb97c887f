namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Dutch, German and Scandinavian write a street, square or market named after a person as one word: the person's name
/// and a place noun (<c>Albert Cuypmarkt</c>, <c>Jan Steenstraat</c>, <c>Willem Marisplein</c>, <c>Peter Bergmannstraße</c>,
/// <c>Drottninggatan</c>). After a given name such a word is the place, no surname (session 20, held-out batch 23:
/// "vrouw … op de Albert Cuypmarkt" read as a likely real person). Only place nouns that end no common surname are
/// listed (not <c>-laan</c>: Van der Laan; not <c>-huis</c>, <c>-dijk</c>, <c>-weg</c>, <c>-dam</c>), and the name part
/// before the noun must have three letters or more.
/// </summary>
internal static class PlaceCompounds
{
    private static readonly string[] PlaceNouns =
    [
        // Dutch
        "markt", "straat", "plein", "gracht", "kade", "singel", "steeg", "kerk", "brug",
        // German (the tokenizer may keep ß or write ss)
        "strasse", "straße", "platz", "gasse", "allee", "brucke", "brücke", "bahnhof", "kirche", "ufer",
        // Swedish, Danish, Norwegian
        "gatan", "torget", "gade", "plads", "torv", "gaten", "plassen", "kyrka", "kirke",
    ];

    private const int MinNamePart = 3;

    /// <summary>Does the word (lower case, as tokenized) end with a place noun after a name part of three letters or more?</summary>
    public static bool EndsWithPlaceNoun(ReadOnlySpan<char> word)
    {
        foreach (var noun in PlaceNouns)
        {
            if (word.Length >= noun.Length + MinNamePart && word.EndsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
