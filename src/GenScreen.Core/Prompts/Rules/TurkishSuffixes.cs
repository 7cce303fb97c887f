namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 20 (i16-para21): Turkish builds with suffixes what other languages say with words, so a listed Turkish row is
/// read with its endings by rule, not by listing each form: case (<c>kumbara-sına</c>, <c>okul servisi-ni</c>), possessive
/// (<c>harçlığ-ı</c>), plural (<c>bağcık-larını</c>) and the negative potential of a verb (<c>oku-yamıyor</c>, cannot read;
/// <c>yüz-emiyor</c>, cannot swim: the row of its verbal noun, <c>okuma</c>, <c>yüzme</c>, read as a negation with it).
/// Only the Turkish rows are looked up so (a stem of another language is no Turkish word), and only in a prompt written with
/// a Turkish letter (<see cref="LooksTurkish"/>), so other prompts pay nothing.
/// </summary>
internal static class TurkishSuffixes
{
    /// <summary>Case, possessive and plural endings in both vowel harmonies, longest first (two are taken off at most).</summary>
    private static readonly string[] Endings =
    [
        "larından", "lerinden", "larında", "lerinde", "larını", "lerini", "larına", "lerine", "ların", "lerin", "ları", "leri",
        "sından", "sinden", "sundan", "sünden", "sında", "sinde", "sunda", "sünde", "sıyla", "siyle", "suyla", "süyle",
        "sını", "sini", "sunu", "sünü", "sına", "sine", "suna", "süne", "ından", "inden", "undan", "ünden", "ında", "inde", "unda", "ünde",
        "ıyla", "iyle", "uyla", "üyle", "lara", "lere", "larla", "lerle", "lar", "ler",
        "nın", "nin", "nun", "nün", "yla", "yle", "dan", "den", "tan", "ten", "nda", "nde",
        "sı", "si", "su", "sü", "nı", "ni", "nu", "nü", "ya", "ye", "yı", "yi", "yu", "yü", "na", "ne", "da", "de", "ta", "te",
        "ın", "in", "un", "ün", "la", "le", "ı", "i", "u", "ü", "a", "e",
    ];

    /// <summary>The negative potential (cannot), present, aorist and past, after a vowel (y) or a consonant.</summary>
    private static readonly string[] Cannot =
    [
        "yamıyor", "yemiyor", "amıyor", "emiyor", "yamaz", "yemez", "amaz", "emez", "yamadı", "yemedi", "amadı", "emedi",
    ];

    private const int MinStem = 3;

    /// <summary>Letters only Turkish (and Azerbaijani) write among the project's languages: ı, ş, ğ, İ.</summary>
    public static bool LooksTurkish(ReadOnlySpan<char> text) => text.IndexOfAny("ışğİ") >= 0;

    /// <summary>The row a suffixed Turkish word or phrase (its last word suffixed) stands for, or null.</summary>
    public static (ChildStatementKinds Kinds, string Term)? Find(ReadOnlySpan<char> key, Dictionary<string, ChildStatementKinds>.AlternateLookup<ReadOnlySpan<char>> rows)
    {
        Span<char> buffer = stackalloc char[key.Length + 8];
        foreach (var cannot in Cannot)
        {
            if (key.Length - cannot.Length >= 2 && key.EndsWith(cannot, StringComparison.Ordinal))
            {
                var stem = key[..^cannot.Length];
                var front = cannot[0] is 'y' ? cannot[1] : cannot[0];
                foreach (var noun in front == 'a' ? (ReadOnlySpan<string>)["ma", "mayı"] : ["me", "meyi"])
                {
                    stem.CopyTo(buffer);
                    noun.AsSpan().CopyTo(buffer[stem.Length..]);
                    WorkCounter.Add(1);
                    if (rows.TryGetValue(buffer[..(stem.Length + noun.Length)], out var verb, out var kinds)
                        && (kinds & (ChildStatementKinds.Skill | ChildStatementKinds.Shared | ChildStatementKinds.Reach)) != 0)
                    {
                        return (kinds | ChildStatementKinds.Negation, verb);
                    }
                }

                break;
            }
        }

        var space = key.LastIndexOf(' ');
        var lastWord = key[(space + 1)..];
        foreach (var first in Endings)
        {
            if (lastWord.Length - first.Length < MinStem || !lastWord.EndsWith(first, StringComparison.Ordinal))
            {
                continue;
            }

            var once = key[..^first.Length];
            WorkCounter.Add(1);
            if (rows.TryGetValue(once, out var row, out var kinds))
            {
                return (kinds, row);
            }

            // A second ending under the first (kumbara-sı-na, bağcık-ları-nı): one more, the longest that leaves a row.
            foreach (var second in Endings)
            {
                if (once.Length - (space + 1) - second.Length >= MinStem && once.EndsWith(second, StringComparison.Ordinal))
                {
                    WorkCounter.Add(1);
                    if (rows.TryGetValue(once[..^second.Length], out var row2, out var kinds2))
                    {
                        return (kinds2, row2);
                    }
                }
            }
        }

        return null;
    }
}
