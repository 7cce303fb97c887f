namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>The role names used in a lexicon's <c>roles</c> field (docs/lexicons.md).</summary>
internal static class RoleNames
{
    private static readonly Dictionary<string, WordRole> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["age-marker"] = WordRole.AgeMarker,
        ["age-verb"] = WordRole.AgeVerb,
        ["strong-age-verb"] = WordRole.AgeVerb | WordRole.StrongAgeVerb,
        ["filler"] = WordRole.Filler,
        ["hedge"] = WordRole.Hedge | WordRole.Filler,
        ["person"] = WordRole.Person,
        ["object"] = WordRole.Object,
        ["naked-object"] = WordRole.NakedObject,
        ["birthday"] = WordRole.Birthday,
        ["span-before"] = WordRole.SpanBefore,
        ["span-after"] = WordRole.SpanAfter,
        ["span-verb"] = WordRole.SpanVerb,
        ["negator"] = WordRole.Negator,
        ["half"] = WordRole.Half,
        ["school"] = WordRole.School,
        ["old"] = WordRole.Old,
        ["staff"] = WordRole.Staff,
        ["born"] = WordRole.Born,
        ["graduation"] = WordRole.Graduation,
        ["colour"] = WordRole.Colour,
        ["stage-verb"] = WordRole.StageVerb,
        ["trait"] = WordRole.Trait,
        ["candle"] = WordRole.Candle,
        ["party"] = WordRole.Party,
        ["age-bound"] = WordRole.AgeBound,
        ["age-time"] = WordRole.AgeTime,
        ["child-place"] = WordRole.ChildPlace,
        ["young-animal"] = WordRole.YoungAnimal,
        ["animal"] = WordRole.Animal,
        ["either-age"] = WordRole.EitherAge,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static bool TryParse(string? name, out WordRole role) =>
        ByName.TryGetValue(name ?? string.Empty, out role);
}
