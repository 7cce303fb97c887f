using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A given name beside a band, idol group, reality show or club whose members are real people: "Chris from Coldplay",
/// "juliana do bbb", "Giulia del Grande Fratello", "Coldplay's Chris", "BTS Jimin". A given name alone is anyone; the group
/// singles out the one member of it who bears that name, as a full name would. Groups are a finite, listable class
/// (Rules/Data/groups.tsv, built by tools/name-gazetteer/build-groups.mjs; a one-word group that is also a word or a given
/// name, Queen or Genesis, is not listed, since "Eve from Genesis" is a character of a book). The member is read by its
/// shape: a given name, a capitalised word that is no common word, or, in a prompt written all in lower case, a word
/// that is no word of any list. Runs only beside a sexual or undressing signal; a group without a name before or after
/// it (fans at a Coldplay concert, a review of a band's album) carries nothing.
/// </summary>
internal static class GroupNames
{
    /// <summary>Words that tie a member to the group besides the lexicons' role connectors (de, di, von, van...).</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "of", "from", "aus", "z", "ze", "iz", "из", "от", "с", "со", "dari", "ng", "fra", "fran", "av", "uit", "απο", "του", "της",
        "dal", "dalla", "dai", "dagli", "degli", "dell", "dall", "em", "no", "na", "at",
    };

    /// <summary>Articles that may stand between the connective and the group ("from the Spice Girls", "aus dem Dschungelcamp").</summary>
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "the", "dem", "den", "der", "die", "das", "el", "la", "los", "las", "le", "les", "il", "lo", "gli", "i", "o", "os", "a", "as", "het", "de", "l",
    };

    /// <summary>Words that name a fan, a listener or a part of the show rather than a member, though no list holds them as such.</summary>
    private static readonly HashSet<string> NotMembers = new(StringComparer.Ordinal)
    {
        "fan", "fans", "fa", "fas", "fanatic", "fanatica", "tifosa", "tifosi", "crowd", "audience", "publico", "public", "concert", "show", "tour",
        "album", "song", "songs", "music", "musica", "member", "members", "cover", "poster", "logo", "style", "episode", "season", "cast",
    };

    private static readonly Lazy<Dictionary<string, Group[]>> Groups = new(Load);

    /// <summary>
    /// One listed group: its normalized words, whether it may stand right beside a name with no connective, and whether it
    /// counts only written in capitals (ABBA, NOAH: words or given names otherwise).
    /// </summary>
    private sealed record Group(string[] Words, bool Adjacent, bool Capitals);

    /// <summary>Reads every listed group of the prompt and the name before or after it; a sexual or undressing signal must already be present.</summary>
    public static void Detect(TokenizedText text, PeopleLexicon people, SignalSummary into)
    {
        var n = text.SequenceCount;
        var lookup = Groups.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var lowerCasePrompt = !HasUpper(text.Source);
        for (var g = 0; g < n; g++)
        {
            WorkCounter.Add(1);
            if (text[g].Has(TokenFlags.Cjk) || !lookup.TryGetValue(text.TextOf(in text[g]), out var groups))
            {
                continue;
            }

            foreach (var group in groups)
            {
                var last = MatchEnd(text, g, group.Words);
                if (last >= 0 && (!group.Capitals || InCapitals(text.Source, text[g].SourceStart, text[last].SourceEnd)) && (TryBefore(text, g, last, group, people, lowerCasePrompt, into) || TryAfter(text, g, last, group, people, lowerCasePrompt, into)))
                {
                    return;
                }
            }
        }
    }

    /// <summary>The last token of <paramref name="words"/> written from token <paramref name="g"/> on, joined only by spaces, hyphens, dots or apostrophes; -1 if not.</summary>
    private static int MatchEnd(TokenizedText text, int g, string[] words)
    {
        if (g + words.Length > text.SequenceCount)
        {
            return -1;
        }

        for (var w = 1; w < words.Length; w++)
        {
            if (!text.TextOf(in text[g + w]).SequenceEqual(words[w]) || !Joined(text.Source, text[g + w - 1].SourceEnd, text[g + w].SourceStart))
            {
                return -1;
            }
        }

        return g + words.Length - 1;
    }

    /// <summary>"Chris from Coldplay", "Geri from the Spice Girls", "juliana do bbb", and with no connective "Melody JKT48".</summary>
    private static bool TryBefore(TokenizedText text, int g, int last, Group group, PeopleLexicon people, bool lowerCasePrompt, SignalSummary into)
    {
        var j = g - 1;
        if (j >= 0 && Articles.Contains(text.TextOf(in text[j]).ToString()) && j - 1 >= 0 && IsConnective(text, j - 1))
        {
            j--;
        }

        int member;
        if (j >= 1 && IsConnective(text, j) && PersonDetector.OnlySpaceBetween(text.Source, text[j - 1].SourceEnd, text[j].SourceStart))
        {
            member = j - 1;
        }
        else if (AdjacentHere(text, g, last, group) && g >= 1 && PersonDetector.OnlySpaceBetween(text.Source, text[g - 1].SourceEnd, text[g].SourceStart))
        {
            member = g - 1;
        }
        else
        {
            return false;
        }

        if (!IsMember(text, member, people, lowerCasePrompt))
        {
            return false;
        }

        PersonDetector.Emit(text, member, last, into, PromptRules.SingledOut);
        return true;
    }

    /// <summary>"Coldplay's Chris", and with no connective "BTS Jimin".</summary>
    private static bool TryAfter(TokenizedText text, int g, int last, Group group, PeopleLexicon people, bool lowerCasePrompt, SignalSummary into)
    {
        var k = last + 1;
        if (k + 1 < text.SequenceCount && text.TextOf(in text[k]) is "s" && Apostrophe(text.Source, text[last].SourceEnd, text[k].SourceStart)
            && PersonDetector.OnlySpaceBetween(text.Source, text[k].SourceEnd, text[k + 1].SourceStart))
        {
            k++;
        }
        else if (!AdjacentHere(text, g, last, group) || k >= text.SequenceCount || !PersonDetector.OnlySpaceBetween(text.Source, text[last].SourceEnd, text[k].SourceStart))
        {
            return false;
        }

        if (!IsMember(text, k, people, lowerCasePrompt))
        {
            return false;
        }

        PersonDetector.Emit(text, g, k, into, PromptRules.SingledOut);
        return true;
    }

    /// <summary>A given name, a capitalised word that is no common word, or (all in lower case) a word no list holds.</summary>
    private static bool IsMember(TokenizedText text, int m, PeopleLexicon people, bool lowerCasePrompt)
    {
        ref var token = ref text[m];
        const WordTags notNames = WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.PublicRole | WordTags.RelationNoun
            | WordTags.Title | WordTags.Possessive | WordTags.RoleConnector | WordTags.Determiner;
        if ((token.Tags & notNames) != 0 || (token.Flags & (TokenFlags.Digit | TokenFlags.Cjk | TokenFlags.LeetSymbol)) != 0 || token.Length < 2)
        {
            return false;
        }

        var word = text.TextOf(in token);
        if (NotMembers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || Groups.Value.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word))
        {
            return false;
        }

        if ((token.Tags & WordTags.GivenName) != 0)
        {
            return true;
        }

        if (token.Length >= 3 && PersonDetector.IsNameShaped(text, in token, people))
        {
            return true;
        }

        return lowerCasePrompt && token.Length >= 4 && token.Languages == 0 && !people.IsCommonWord(word) && IsLetters(word);
    }

    /// <summary>
    /// Whether the group may stand right beside the name here: a group of three letters or fewer only as written in capitals
    /// (BTS, PSG), since lower case it is too often a word of some language no list holds ("quarante ans", ANS of kpopnet).
    /// </summary>
    private static bool AdjacentHere(TokenizedText text, int g, int last, Group group)
    {
        if (!group.Adjacent)
        {
            return false;
        }

        var letters = 0;
        foreach (var word in group.Words)
        {
            letters += word.Length;
        }

        return letters > 3 || InCapitals(text.Source, text[g].SourceStart, text[last].SourceEnd);
    }

    private static bool IsConnective(TokenizedText text, int j) =>
        (text[j].Tags & WordTags.RoleConnector) != 0 || Connectives.Contains(text.TextOf(in text[j]).ToString());

    /// <summary>Between two words of one group name: spaces, hyphens, dots, apostrophes, ampersands (t.A.T.u., Blink-182, Mumford &amp; Sons).</summary>
    private static bool Joined(string source, int end, int start)
    {
        for (var k = end; k < start; k++)
        {
            if (!char.IsWhiteSpace(source[k]) && source[k] is not ('-' or '.' or '\'' or '\u2019' or '&' or '+' or '_' or '!' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool InCapitals(string source, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsLower(source[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Apostrophe(string source, int end, int start) => start == end + 1 && source[end] is '\'' or '\u2019';

    private static bool HasUpper(string source)
    {
        foreach (var c in source)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The Hangul forms of the file, for <see cref="GroupMembers"/> (a Hangul stage name beside its group).</summary>
    internal static IEnumerable<string> HangulForms()
    {
        foreach (var (form, _, _) in Rows())
        {
            if (form.Length > 0 && Scripts.IsHangulSyllable(form[0]) && !form.Contains(' ', StringComparison.Ordinal))
            {
                yield return form;
            }
        }
    }

    private static IEnumerable<(string Form, bool Adjacent, bool Capitals)> Rows()
    {
        using var reader = RuleDataFile.Open("groups.tsv");
        foreach (var line in RuleDataFile.Rows(reader))
        {
            var columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new InvalidDataException($"groups.tsv: a line without its adjacent and capitals columns: '{line}'.");
            }

            yield return (columns[0], columns[1] == "1", columns[2] == "1");
        }
    }

    private static Dictionary<string, Group[]> Load()
    {
        var workspace = new TokenizedText();
        var byFirst = new Dictionary<string, List<Group>>(StringComparer.Ordinal);
        foreach (var (form, adjacent, capitals) in Rows())
        {
            var key = NormalizedForm.Normalize(form, workspace, out var count, out _);
            if (count == 0 || workspace[0].Has(TokenFlags.Cjk))
            {
                continue; // Hangul, kana and Han forms are read inside their runs (GroupMembers)
            }

            var words = key.Split(' ');
            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }

            if (!list.Exists(g => g.Words.AsSpan().SequenceEqual(words) && g.Capitals == capitals))
            {
                list.Add(new Group(words, adjacent, capitals));
            }
        }

        // Longest first: "NCT 127" before "NCT".
        return byFirst.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(g => g.Words.Length).ToArray(), StringComparer.Ordinal);
    }
}
