namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Place and landscape nouns a given name stands before as the name of a place, a building or a game (Victoria Park, Diana
/// Temple, Sophia Beach, Eve Online): never read as a capitalised surname by <see cref="PersonDetector"/>'s mid-sentence
/// rule (session 29, i16-names33). The list of the family-name-words builder (tools/name-gazetteer/build-family-words31.mjs)
/// with the building and venue nouns a prompt names places by; written for GenScreen, MIT.
/// </summary>
internal static class CapitalisedSurnames
{
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "park", "hill", "hills", "lake", "beach", "street", "road", "bridge", "garden", "gardens", "palace", "station", "island",
        "falls", "bay", "port", "harbour", "harbor", "valley", "mount", "field", "fields", "wood", "woods", "forest", "river",
        "church", "hall", "house", "castle", "tower", "square", "place", "court", "green", "land", "town", "city", "spring",
        "springs", "well", "wells", "dale", "cross", "gate", "mill", "mills", "ford", "brook", "marsh", "moor", "cliff", "bank",
        "banks", "shore", "coast", "cove", "temple", "hotel", "club", "resort", "spa", "mall", "museum", "gallery", "studio",
        "studios", "college", "school", "university", "academy", "hospital", "theatre", "theater", "arena", "stadium", "airport",
        "avenue", "lane", "drive", "boulevard", "plaza", "center", "centre", "online", "mountain", "mountains", "canyon", "desert",
        "glacier", "lagoon", "reef", "peak", "point", "heights", "gorge", "creek", "pond", "dam", "pier", "marina", "villa",
        "cottage", "manor", "abbey", "chapel", "cathedral", "market", "library", "lodge", "inn", "farm", "ranch",
        "islands", "cave", "caves", "oasis", "world", "kingdom", "empire", "republic", "state", "county", "district",
    };

    /// <summary>True for a folded place or landscape noun.</summary>
    public static bool IsPlaceNoun(ReadOnlySpan<char> folded) => PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);
}
