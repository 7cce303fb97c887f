using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// People singled out by what they do rather than by a listed name (issue 16, branch i16-people9):
/// <list type="bullet">
/// <item>a platform role and the account after it: "la streamer Rivers_gg", "yayıncı Elraenn", "streamerka Kasix",
/// "стримерша Генсуха", "유튜버 쯔양", "主播 小美", "コスプレイヤーのえなこ" — streamers and creators go by one name or a handle,
/// often in lower case, so one capitalised word of three letters or a handle (letters joined by _ or .) is enough here,
/// where a general public role needs a full name (<see cref="PersonDetector"/>);</item>
/// <item>a social handle written with a space after the @ or with dots and underscores ("@ thebellapoarch", "@ria.ricis");</item>
/// <item>a role with the work that made it: "the actress who played Rey", "the singer who won Eurovision 2023",
/// "la actriz que hizo de Lucía" — one person, as surely as a name (<see cref="PromptRules.SingledOut"/>).</item>
/// </list>
/// A hint changes a verdict only beside sexual content, so every check here runs only when the prompt has a sexual or
/// undressing signal: an ordinary prompt pays one flag test. Each check looks at a fixed number of words.
/// </summary>
internal static class PlatformRoles
{
    /// <summary>Word stems of platform roles (folded, lower case), in the Latin and Cyrillic forms the role lists hold.</summary>
    private static readonly string[] PlatformStems =
    [
        "stream", "youtub", "tiktok", "influenc", "cosplay", "vtub", "twitch", "instagram", "blog", "vlog", "yayinci", "yayıncı", "selebgram",
        "стрим", "ютуб", "тикток", "инфлюенс", "косплей", "косплее", "блог", "стрім",
    ];

    /// <summary>Platform roles in Han, kana and Hangul, written before the name (유튜버 쯔양, 主播 小美, コスプレイヤーのえなこ).</summary>
    private static readonly string[] CjkPlatformRoles =
    [
        "유튜버", "스트리머", "인플루언서", "틱톡커", "코스플레이어", "主播", "网红", "網紅", "博主", "ユーチューバー", "配信者", "コスプレイヤー", "インフルエンサー",
    ];

    /// <summary>The verbs of "the actress who played …" after a relative pronoun (folded as the tokenizer writes them).</summary>
    private static readonly HashSet<string> WorkVerbs = new(StringComparer.Ordinal)
    {
        "played", "plays", "portrayed", "portrays", "starred", "stars", "won", "wins", "hosts", "hosted", "presents", "presented", "sang", "sings", "voiced", "voices",
        "hizo", "hace", "interpreto", "interpreta", "interpretaba", "gano", "presenta", "canta", "protagonizo", "encarno",
        "joue", "jouait", "joua", "incarne", "incarnait", "gagne", "presente", "chante",
        "spielte", "spielt", "gewann", "moderiert",
        "interpretava", "interpretato", "vinto", "recitava", "conduce",
        "fez", "fazia", "interpretou", "ganhou", "apresenta",
        "speelde", "speelt", "presenteert",
        "spelade", "spelar", "vann",
        "grala", "zagrala", "wygrala", "prowadzi",
    };

    /// <summary>Relative pronouns that open the clause ("who", "que", "die", "która").</summary>
    private static bool IsRelative(ReadOnlySpan<char> word) =>
        word is "who" or "that" or "que" or "qui" or "die" or "der" or "che" or "ktora" or "som";

    /// <summary>An auxiliary between the pronoun and the verb ("qui a joué", "che ha interpretato", "die hat gespielt").</summary>
    private static bool IsAuxiliary(ReadOnlySpan<char> word) => word is "a" or "ha" or "hat" or "has" or "had" or "heeft" or "har" or "avait" or "aveva";

    /// <summary>Whether the prompt has something a real-person hint could change (sexual content or undressing).</summary>
    public static bool Matters(SignalSummary into) => into.Has(Signal.Sexual) || into.Has(Signal.Undress);

    /// <summary>A public role at <paramref name="i"/>: the account after a platform role, or the clause naming the role's work.</summary>
    public static void TryAfterRole(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        if (!Matters(into))
        {
            return;
        }

        var n = text.SequenceCount;
        var j = i + 1;
        if (j >= n || !IsPlatformRole(text.TextOf(in text[i])) || !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[j].SourceStart))
        {
            return;
        }

        ref var next = ref text[j];
        if ((next.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole)) != 0 || next.Has(TokenFlags.Cjk))
        {
            return;
        }

        // A handle: letters joined to the next word by _ or . ("Rivers_gg", "ria.ricis"), whatever the case.
        // The role and its account name one creator, as a name does: suggestive content blocks (PromptRules.SingledOut).
        if (HandleEnd(text, j) is var last and > 0)
        {
            PersonDetector.Emit(text, j, last, into, PromptRules.SingledOut);
            return;
        }

        // One capitalised name of three letters or more (Ibai, Kasix, Генсуха): creators go by one name; not a noun German
        // capitalises after a capitalised role ("eine Streamerin Mitte zwanzig": in her mid-twenties; session 20).
        if (PersonDetector.IsOneWordNameAfterRole(text, j, people, minLength: 3))
        {
            PersonDetector.Emit(text, j, j, into, PromptRules.SingledOut);
            return;
        }

        // Creators' names are often typed in lower case ("el streamer ibai desnudo"): a word of no language and no list,
        // then a term, punctuation or the end, is the account; less sure than a capital, so a looser hint (nudity blocks).
        if (IsLowerCaseAccount(text, j, people))
        {
            PersonDetector.Emit(text, j, j, into);
        }
    }

    /// <summary>
    /// A lower-case word of letters, three or more, that is no word of a language (stop words, common words), no given
    /// name read elsewhere and no term, with a term, punctuation or the end right after it ("ibai desnudo", "ibai,").
    /// </summary>
    private static bool IsLowerCaseAccount(TokenizedText text, int j, PeopleLexicon people)
    {
        ref var token = ref text[j];
        var word = text.TextOf(in token);
        if (token.Length < 3 || token.Languages != 0 || (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.Cjk)) != 0
            || (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title | WordTags.Clothing)) != 0
            || people.IsCommonWord(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return j + 1 >= text.SequenceCount || (text[j + 1].Tags & WordTags.Matched) != 0
            || !PersonDetector.OnlySpaceBetween(text.Source, token.SourceEnd, text[j + 1].SourceStart);
    }

    /// <summary>
    /// "BJ 감스트": the Korean word for a live streamer (broadcast jockey) written in Latin capitals, then a short Hangul word
    /// of its own: the streamer's name. Read at the Hangul word <paramref name="i"/>; lower-case "bj" is another word.
    /// </summary>
    public static void TryLatinRoleBeforeHangul(TokenizedText text, int i, SignalSummary into)
    {
        if (i == 0 || !Matters(into))
        {
            return;
        }

        ref var role = ref text[i - 1];
        if (role.Length != 2 || text.Source[role.SourceStart] != 'B' || text.Source[role.SourceStart + 1] != 'J'
            || !PersonDetector.OnlySpaceBetween(text.Source, role.SourceEnd, text[i].SourceStart)
            || (text[i].Tags & (WordTags.Matched | WordTags.PersonWord)) != 0 || !IsCjkName(text.TextOf(in text[i])))
        {
            return;
        }

        PersonDetector.Emit(text, i - 1, i, into, PromptRules.SingledOut);
    }

    /// <summary>"the actress who played …", "la actriz que hizo de …", "the singer who won …": a role and the work that made it.</summary>
    public static void TryWorkClause(TokenizedText text, int i, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (!Matters(into) || i + 2 >= n || !IsRelative(text.TextOf(in text[i + 1])) || !DefiniteBefore(text, i))
        {
            return;
        }

        var verb = i + 2;
        if (IsAuxiliary(text.TextOf(in text[verb])) && verb + 1 < n)
        {
            verb++;
        }

        for (var k = i + 1; k <= verb; k++)
        {
            WorkCounter.Add(1);
            if (!PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart))
            {
                return;
            }
        }

        if (WorkVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.TextOf(in text[verb])))
        {
            PersonDetector.Emit(text, i, verb, into, PromptRules.SingledOut);
        }
    }

    /// <summary>
    /// "the actress who played", "the famous singer who won": a definite article at most two words before the role. "an
    /// actress who plays a nurse" or "a model who plays the violin" is anyone who does.
    /// </summary>
    private static bool DefiniteBefore(TokenizedText text, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            WorkCounter.Add(1);
            if (!PersonDetector.OnlySpaceBetween(text.Source, text[k].SourceEnd, text[k + 1].SourceStart))
            {
                return false;
            }

            if (text.TextOf(in text[k]) is "the" || (text[k].Tags & WordTags.Determiner) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Social handles the tokenizer does not keep whole: "@ name" (a space after the @) and "@name.more" or "@name_more".
    /// An e-mail address (a letter or digit right before the @) is none.
    /// </summary>
    public static void TryHandles(TokenizedText text, PeopleLexicon people, SignalSummary into)
    {
        var source = text.Source;
        if (!Matters(into) || source.IndexOf('@', StringComparison.Ordinal) < 0)
        {
            return;
        }

        for (var i = 0; i < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[i];
            if (token.Has(TokenFlags.Cjk) || !AtBefore(source, token.SourceStart))
            {
                continue;
            }

            // One plain word after "@ " is an account only when it is no word of a language ("email me @ home").
            var last = HandleEnd(text, i);
            if (last < 0 && (token.Length < 3 || token.Languages != 0 || people.IsCommonWord(text.TextOf(in token))))
            {
                continue;
            }

            // A protected name run together ("@ taylorswift") is read by the matcher as that name; the rest is an account.
            PersonDetector.Emit(text, i, last > 0 ? last : i, into);
        }
    }

    /// <summary>Whether an @ (not an e-mail's) stands right before <paramref name="start"/>, at most two spaces between.</summary>
    private static bool AtBefore(string source, int start)
    {
        var k = start - 1;
        for (var spaces = 0; k >= 0 && spaces < 2 && source[k] == ' '; spaces++)
        {
            k--;
        }

        // The tokenizer may keep the @ on the word ("@ria") or leave it before a space ("@ thebellapoarch").
        if (source[start] == '@')
        {
            k = start;
        }

        return k >= 0 && source[k] == '@' && (k == 0 || !IsEmailLocalPart(source[k - 1]));
    }

    /// <summary>
    /// A character that may end the local part of an e-mail address before its @: a letter or digit, but not one of an
    /// unspaced script (配信者の@kato_junichi: the handle follows a Japanese word written against it).
    /// </summary>
    internal static bool IsEmailLocalPart(char c) =>
        char.IsLetterOrDigit(c) && c is not (>= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uAC00' and <= '\uD7A3');

    /// <summary>The last word of a handle starting at <paramref name="j"/>: words joined by one _ or . (no space); -1 when none is joined.</summary>
    private static int HandleEnd(TokenizedText text, int j)
    {
        var last = -1;
        for (var k = j + 1; k < text.SequenceCount && k <= j + 3; k++)
        {
            WorkCounter.Add(1);
            var gapStart = text[k - 1].SourceEnd;
            var gapEnd = text[k].SourceStart;
            if (gapEnd - gapStart != 1 || text.Source[gapStart] is not ('_' or '.'))
            {
                break;
            }

            last = k;
        }

        // "gg_" or "amouranth_": a trailing underscore also marks a handle.
        if (last < 0 && text[j].SourceEnd < text.Source.Length && text.Source[text[j].SourceEnd] == '_')
        {
            return j;
        }

        return last;
    }

    /// <summary>A platform role in Han, kana or Hangul at the end of token <paramref name="i"/> and a name after it: the next word, or after の in the same run.</summary>
    public static void TryCjk(TokenizedText text, int i, SignalSummary into)
    {
        if (!Matters(into))
        {
            return;
        }

        var word = text.TextOf(in text[i]);
        foreach (var role in CjkPlatformRoles)
        {
            WorkCounter.Add(1);
            var at = word.IndexOf(role.AsSpan(), StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var rest = word[(at + role.Length)..];

            // コスプレイヤーのえなこ: the name after の in the same run; ユーチューバーの女の子 is a girl, not a name.
            if (rest.Length >= 3 && rest[0] == 'の' && IsCjkName(rest[1..]))
            {
                var start = text.SourceIndexAt(text[i].Start + at);
                var end = text.SourceIndexAt(text[i].Start + word.Length - 1) + 1;
                into.Add(Signal.RealPersonHint, text.Source[start..end], PromptRules.SingledOut, start, end, PromptField.Prompt);
                return;
            }

            // 유튜버 쯔양, 主播 小美: the role ends its word and a short word of its own follows.
            if (rest.IsEmpty && i + 1 < text.SequenceCount && text[i + 1].Has(TokenFlags.Cjk) && (text[i + 1].Tags & (WordTags.Matched | WordTags.PersonWord)) == 0
                && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart) && IsCjkName(text.TextOf(in text[i + 1])))
            {
                // The role and its account name one creator, as in Latin letters ("la streamer Rivers_gg"): suggestive content blocks.
                PersonDetector.Emit(text, i, i + 1, into, PromptRules.SingledOut);
                return;
            }
        }
    }

    /// <summary>Two to four characters that are no person word (女の子, 女性, 男, 소녀, 여자): a name or nickname.</summary>
    private static bool IsCjkName(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 4
        && word[0] is not ('女' or '男' or '少' or '子' or '人' or '妹' or '姉' or '여' or '남' or '소')
        && !word.Contains('の');

    private static bool IsPlatformRole(ReadOnlySpan<char> role)
    {
        foreach (var stem in PlatformStems)
        {
            if (role.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
