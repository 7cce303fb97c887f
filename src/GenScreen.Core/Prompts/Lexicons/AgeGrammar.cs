using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// Collects, while lexicons load, the words that age detection and negation read: number and ordinal
/// words, age units, word roles and school stages, each normalized like prompts and validated with an
/// error that names the file.
/// </summary>
internal sealed class AgeGrammar
{
    public Dictionary<string, int> Numbers { get; } = new(StringComparer.Ordinal);

    /// <summary>The languages (one bit each, as <see cref="TermInfo.Languages"/>) whose files spell each number word.</summary>
    public Dictionary<string, ulong> NumberLanguages { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Ordinals { get; } = new(StringComparer.Ordinal);

    public HashSet<string> OrdinalSuffixes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> AgeUnits { get; } = new(StringComparer.Ordinal);

    /// <summary>The languages whose files list each (spaced-script) age unit, as <see cref="NumberLanguages"/>.</summary>
    public Dictionary<string, ulong> AgeUnitLanguages { get; } = new(StringComparer.Ordinal);

    public HashSet<string> CjkAgeUnits { get; } = new(StringComparer.Ordinal);

    public HashSet<string> BirthYearSuffixes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, WordRole> Roles { get; } = new(StringComparer.Ordinal);

    /// <summary>Latin-script stages by normalized unit word.</summary>
    public Dictionary<string, List<SchoolStage>> Stages { get; } = new(StringComparer.Ordinal);

    public List<SchoolStage> CjkStages { get; } = [];

    /// <param name="language">The file's language bit (0 when it names none).</param>
    public void Add(LexiconDocument doc, LexiconSource source, TokenizedText workspace, ulong language = 0)
    {
        foreach (var unit in doc.AgeUnits)
        {
            var key = LexiconSet.NormalizeKey(unit, workspace, out _, out var shape);
            if (shape == TermShape.Emoji)
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}': age unit '{unit}' is emoji; an age unit is a word.");
            }

            if (shape == TermShape.Unspaced)
            {
                CjkAgeUnits.Add(key);
            }
            else
            {
                AgeUnits.Add(key);
                AgeUnitLanguages[key] = AgeUnitLanguages.GetValueOrDefault(key) | language;
                AddRole(key, WordRole.AgeUnit);
            }
        }

        foreach (var suffix in doc.BirthYearSuffixes)
        {
            var key = LexiconSet.NormalizeKey(suffix, workspace, out _, out var shape);
            if (shape != TermShape.Unspaced)
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}': birth-year suffix '{suffix}' is not Han, kana or Hangul; in spaced scripts a birth word is a role (born).");
            }

            BirthYearSuffixes.Add(key);
        }

        foreach (var (word, value) in doc.Numbers)
        {
            var key = LexiconSet.NormalizeKey(word, workspace, out _, out _);
            Numbers[key] = value;
            NumberLanguages[key] = NumberLanguages.GetValueOrDefault(key) | language;
        }

        foreach (var (word, value) in doc.Ordinals)
        {
            CheckRange(value, 0, 30, source, $"ordinal '{word}'");
            Ordinals[LexiconSet.SingleWordKey(word, source, "ordinals", workspace)] = value;
        }

        foreach (var suffix in doc.OrdinalSuffixes)
        {
            OrdinalSuffixes.Add(LexiconSet.SingleWordKey(suffix, source, "ordinalSuffixes", workspace));
        }

        foreach (var (name, words) in doc.Roles)
        {
            if (!RoleNames.TryParse(name, out var role))
            {
                throw new LexiconFormatException(
                    $"Lexicon '{source.Name}': unknown role '{name}' (expected one of {string.Join(", ", RoleNames.All)}).");
            }

            foreach (var word in words ?? [])
            {
                AddRole(LexiconSet.SingleWordKey(word, source, $"roles.{name}", workspace), role);
            }
        }

        foreach (var stage in doc.SchoolStages)
        {
            AddStage(stage, source, workspace);
        }
    }

    private void AddStage(SchoolStageDocument doc, LexiconSource source, TokenizedText workspace)
    {
        var what = $"school stage '{doc.Prefix}{doc.Unit}'";
        CheckRange(doc.FirstAge, 0, 30, source, what + " firstAge");
        CheckRange(doc.Count, 1, 20, source, what + " count");
        var before = doc.Before switch
        {
            null => StageNumber.None,
            "ordinal" => StageNumber.Ordinal,
            "number" => StageNumber.Any,
            "ordinal-pupil" => StageNumber.OrdinalPupil,
            _ => throw new LexiconFormatException($"Lexicon '{source.Name}': {what} has before '{doc.Before}' (expected ordinal, ordinal-pupil or number)."),
        };
        var unitShape = TermShape.Words;
        var unit = string.IsNullOrWhiteSpace(doc.Unit) ? string.Empty : LexiconSet.NormalizeKey(doc.Unit, workspace, out _, out unitShape);
        var prefix = string.IsNullOrWhiteSpace(doc.Prefix) ? string.Empty : LexiconSet.NormalizeKey(doc.Prefix, workspace, out _, out _);
        var cjk = prefix.Length > 0 || (unit.Length > 0 && unitShape == TermShape.Unspaced);
        string[] Normalize(List<string> words) => [.. words.Select(w => LexiconSet.NormalizeKey(w, workspace, out _, out _)).Where(w => w.Length > 0)];

        if (cjk)
        {
            if (prefix.Length == 0 && unit.Length == 0)
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}': {what} needs a prefix or a unit.");
            }

            CjkStages.Add(new SchoolStage(unit, prefix, before, doc.After, doc.FirstAge, doc.Count, doc.Context, [], Normalize(doc.FollowedBy), Normalize(doc.Exclude), doc.DigitsOnly));
            return;
        }

        if (unit.Length == 0 || unit.Contains(' ', StringComparison.Ordinal))
        {
            throw new LexiconFormatException($"Lexicon '{source.Name}': {what} needs a one-word unit.");
        }

        if (before == StageNumber.None && !doc.After)
        {
            throw new LexiconFormatException($"Lexicon '{source.Name}': {what} takes no number (set before and/or after).");
        }

        if (!Stages.TryGetValue(unit, out var list))
        {
            Stages[unit] = list = [];
        }

        list.Add(new SchoolStage(unit, string.Empty, before, doc.After, doc.FirstAge, doc.Count, doc.Context, Normalize(doc.Fillers), [], []));
        AddRole(unit, WordRole.StageUnit);
    }

    private void AddRole(string key, WordRole role) =>
        Roles[key] = Roles.TryGetValue(key, out var existing) ? existing | role : role;

    private static void CheckRange(int value, int min, int max, LexiconSource source, string what)
    {
        if (value < min || value > max)
        {
            throw new LexiconFormatException($"Lexicon '{source.Name}': {what} is {value}; expected {min}-{max}.");
        }
    }
}
