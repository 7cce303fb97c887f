using GenScreen.Core.Prompts;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 40 (i16-sexacts48; Rules/Data/intimate-frame-cues.tsv, written by tools/sexacts48/intimate_frames.py): the frames
/// that make a prompt sexual without a nudity word, in the 26 languages. Read with or without a person: a sex tape or sex video
/// ("kadr z sekstaśmy", "seks kasetinden", "ροζ βίντεο", "性爱录像"), making love ("fazendo amor", "sevişiyor", "bercinta",
/// "愛し合"), nothing on said as an idiom ("without a stitch on", "в чём мать родила", "一丝不挂"), German "es … mit X treiben" (the pronoun as the verb's object, not opening its clause, with "mit" in the clause, or
/// right beside the verb with a room, a bed or a car; and no tame word: "Sport treiben", "Handel
/// treiben", "es zu weit treiben" are no act), no thread on the body (a negator, a thread word, an on-the-body word in that
/// order in one clause: "utan en tråd på kroppen", "без единой нитки на теле"; "a thread of silk" has no negator): explicit or
/// nudity. Read only beside a named person: in the shower or bathing, a towel worn, a wet t-shirt, a private selfie
/// (suggestive); words of making love that also say loving each other or going to bed (kochają się, 愛し合う, 上床), an intimate or leaked video, an OnlyFans page, a hidden camera with a private room or bed (nudity); in bed
/// together, with the partner or the morning after, the body on display (suggestive); spread on the bed (nudity). An
/// advertisement, a product shot, a baby shower or a meteor shower guards the named-only readings.
/// </summary>
/// <remarks>One pass over the prompt: at each character the cues that start with its lower-case form are compared in place
/// (no lowered copy), hits go to a fixed buffer on the stack and are combined pairwise (a bounded number), so the read is linear
/// in the prompt and allocates nothing. <see cref="PromptRules"/> reads it when the prompt's sexual level is below nudity.</remarks>
internal static class IntimateFrames
{
    internal enum Kind
    {
        Tape,
        Bare,
        Love,
        Treib,
        It,
        With,
        Tame,
        Without,
        Thread,
        Body,
        Shower,
        Towel,
        Wet,
        Covert,
        Place,
        IntiMedia,
        SoftLove,
        PrivMedia,
        Fans,
        Bed,
        Together,
        Spread,
        Display,
        Undies,
        Partners,
        Ride,
        Steed,
        Nude,
        Cloth,
        Slide,
        SeeThru,
        Shown,
        ClothGuard,
        Guard,

        // Session 44 (i16-wear52; Rules/Data/wear-cues.tsv, written by tools/wear52/wear_cues.py): suggestive wear, read by
        // ReadWear only (Read skips these kinds).
        WOnly,
        WWrap,
        WUnder,
        WNight,
        WTop,
        WUnderP,
        WSkirt,
        WPose,
        WSeat,
        WWet,
        WIn,
        WInAfter,
        WGuard,
    }

    private const int KindCount = (int)Kind.WGuard + 1;

    private static readonly string[] KindNames =
        ["tape", "bare", "love", "treib", "it", "with", "tame", "without", "thread", "body", "shower", "towel", "wet", "covert", "place",
         "intimedia", "softlove", "privmedia", "fans", "bed", "together", "spread", "display", "undies", "partners", "ride", "steed", "nude",
         "cloth", "slide", "seethru", "shown", "clothguard", "guard", "wonly", "wwrap", "wunder", "wnight", "wtop", "wunderp", "wskirt", "wpose", "wseat", "wwet", "win", "winafter", "wguard"];

    /// <summary>A cue: its text (lower case), kind, whether it must end a word, and whether it may stand at the end of a compound
    /// (<c>~</c> in the table: "Promisextape").</summary>
    internal readonly record struct Cue(string Text, Kind Kind, bool WordEnd, bool InWord);

    private readonly record struct Hit(Kind Kind, int Start, int End, int Clause);

    private const int MaxHits = 32;

    private static readonly Lazy<Dictionary<char, Cue[]>> Cues = new(Load);

    /// <summary>
    /// Session 42 (i16-speed50): each first letter's cues again, split by their second letter (key: first &lt;&lt; 16 | second),
    /// each list in the table's order with the one-letter cues kept in; <see cref="Singles"/> holds the one-letter cues alone.
    /// A cue of two letters or more can only match where the next character, lower-cased, is its second letter, so reading
    /// the list of that pair finds the same cues in the same order as reading the whole bucket. sexforms49's 1,333 cue rows had
    /// made the buckets of common letters hundreds long, read at every word start of every prompt: ~84 µs of thread CPU on the
    /// benchmark's 500-character benign prompt (docs/performance.md, session 42).
    /// </summary>
    private static readonly Lazy<(Dictionary<int, Cue[]> Pairs, Dictionary<char, Cue[]> Singles)> CuesByPair = new(() => ByPair(Cues.Value));

    /// <summary>
    /// Session 43 (i16-speed51): the cues of <see cref="Cues"/> (each bucket in its order, so the rows' indices keep every
    /// bucket's order) in two <see cref="CueTrie"/>s: every cue, read at a word's start, and the in-word cues (<c>~</c>), read
    /// inside a word. The pair lists still cost ~5,000 cue comparisons on the benchmark's benign prompt, ~18.7 µs of thread CPU,
    /// nearly all of the decision stage (docs/performance.md, session 43).
    /// </summary>
    private static readonly Lazy<(Cue[] Rows, CueTrie AtWordStart, CueTrie InWord)> Tries = new(() => BuildTries(Cues.Value));

    /// <summary>
    /// Session 44 (i16-speed52): per ASCII character, what <see cref="Read(string, bool, bool)"/> may step over without reading it:
    /// <see cref="SkipAlways"/> (no clause ending, no cue starts with its lower-case form), <see cref="SkipInWord"/> (a cased letter
    /// no in-word cue starts with: inside a word the in-word trie would find nothing there), and <see cref="LetterOrDigit"/> (the
    /// next character is inside a word). The reader walked every character (lower-casing, the clause test, the root probe, the
    /// word-start test, a trie call): ~2.7 µs of the benign 500-character prompt's ~10 µs (docs/performance.md, session 44).
    /// </summary>
    private static readonly Lazy<byte[]> AsciiSkip = new(() => SkipTable(Tries.Value.AtWordStart, Tries.Value.InWord));

    internal const byte SkipAlways = 1;

    internal const byte SkipInWord = 2;

    internal const byte LetterOrDigit = 4;

    /// <summary>The <see cref="AsciiSkip"/> flags of the ASCII characters for these tries (tests).</summary>
    internal static byte[] SkipTable(CueTrie atWordStart, CueTrie inWord)
    {
        var table = new byte[128];
        for (var k = 0; k < 128; k++)
        {
            var c = char.ToLowerInvariant((char)k);
            var flags = char.IsLetterOrDigit(c) ? LetterOrDigit : (byte)0;
            if (!ClausePunctuation.EndsClause(c) && !atWordStart.Starts(c))
            {
                flags |= SkipAlways;
            }

            if (!ClausePunctuation.EndsClause(c) && ClausePunctuation.IsCasedLetter(c) && !inWord.Starts(c))
            {
                flags |= SkipInWord;
            }

            table[k] = flags;
        }

        return table;
    }

    /// <summary>
    /// The next place <see cref="Read(string, bool, bool)"/> must read after <paramref name="i"/>: the ASCII characters that follow
    /// and could add nothing there are stepped over (<see cref="AsciiSkip"/>), in one tight loop; a non-ASCII character stops it.
    /// </summary>
    internal static int NextPlace(string prompt, int i, byte[] skip)
    {
        var c = prompt[i];
        var inWord = c < 128 ? (skip[c] & LetterOrDigit) != 0 : char.IsLetterOrDigit(c);
        for (i++; (uint)i < (uint)prompt.Length; i++)
        {
            var next = prompt[i];
            if (next >= 128)
            {
                break;
            }

            var flags = skip[next];
            if ((flags & SkipAlways) == 0 && (!inWord || (flags & SkipInWord) == 0))
            {
                break;
            }

            inWord = (flags & LetterOrDigit) != 0;
        }

        return i;
    }

    /// <summary>Session 43: <see cref="ClausePunctuation.EndsClause"/> of each ASCII character, read without a call at every place.</summary>
    private static readonly bool[] AsciiEndsClause = [.. Enumerable.Range(0, 128).Select(c => ClausePunctuation.EndsClause((char)c))];

    /// <summary>Most cues a trie walk may find at one place before <see cref="Read(string, bool, bool)"/> compares the place's
    /// candidates itself (no place of the table comes near it).</summary>
    private const int MaxFound = 64;

    internal static (Cue[] Rows, CueTrie AtWordStart, CueTrie InWord) BuildTries(Dictionary<char, Cue[]> table)
    {
        Cue[] rows = [.. table.Values.SelectMany(bucket => bucket)];
        var texts = rows.Select(r => r.Text).ToArray();
        return (rows, new CueTrie(texts), new CueTrie(texts, k => rows[k].InWord));
    }

    /// <summary>The cues by first letter, as read (tests).</summary>
    internal static Dictionary<char, Cue[]> Table => Cues.Value;

    internal static (Dictionary<int, Cue[]> Pairs, Dictionary<char, Cue[]> Singles) ByPair(Dictionary<char, Cue[]> table)
    {
        var pairs = new Dictionary<int, Cue[]>();
        var singles = new Dictionary<char, Cue[]>();
        foreach (var (first, bucket) in table)
        {
            foreach (var second in bucket.Where(c => c.Text.Length > 1).Select(c => c.Text[1]).Distinct())
            {
                pairs[(first << 16) | second] = [.. bucket.Where(c => c.Text.Length == 1 || c.Text[1] == second)];
            }

            if (bucket.Any(c => c.Text.Length == 1))
            {
                singles[first] = [.. bucket.Where(c => c.Text.Length == 1)];
            }
        }

        return (pairs, singles);
    }

    /// <summary>The cues of <paramref name="c"/>'s bucket that can match at <paramref name="i"/>, in the bucket's order (<see cref="CuesByPair"/>).</summary>
    internal static Cue[] CandidatesAt(string prompt, int i, char c)
    {
        var (pairs, singles) = CuesByPair.Value;
        return i + 1 < prompt.Length && pairs.TryGetValue((c << 16) | char.ToLowerInvariant(prompt[i + 1]), out var paired)
            ? paired
            : singles.GetValueOrDefault(c) ?? [];
    }

    /// <summary>The level read (0 none, 2 suggestive, 4 nudity, 6 explicit) and where (start and end in
    /// <paramref name="prompt"/>; -1 when none). <paramref name="named"/>: a real person was read, so the named-only frames count.</summary>
    public static (int Level, int Start, int End) Read(string prompt, bool named) => Read(prompt, named, ride: true);

    /// <summary>As <see cref="Read(string, bool)"/>; <paramref name="ride"/> false leaves out riding a partner said with a pronoun
    /// (session 41): beside a minor word the pronoun is the pony or the horse the sentence had in mind ("ein Mädchen, 9 Jahre,
    /// reitet ihn über die Wiese").</summary>
    public static (int Level, int Start, int End) Read(string prompt, bool named, bool ride)
    {
        if (prompt.Length == 0)
        {
            return (0, -1, -1);
        }

        var scan = ScanOnce(prompt);
        return Combine(scan.Frames.AsSpan(0, scan.FrameCount), named, ride);
    }

    /// <summary>Most hits <see cref="ReadWear"/> keeps: its wearing frames ("in", "en", "w", "в") are frequent words.</summary>
    private const int MaxWearHits = 96;

    /// <summary>
    /// Session 44 (i16-wear52): suggestive wear said by its parts, read before the people rules (<see cref="SuggestiveWear"/>): a
    /// wrap, plain nightwear or an intimate garment worn alone ("envuelta solo en una toalla", "kumot lang ang suot", "only a man's
    /// shirt"); a sheer or wet word with a garment a few words away ("a thin white wet shirt", "قميص نوم قصير شفاف", "camisón corto y
    /// transparente"); an intimate garment no lexicon reads in a wearing frame ("in tight boxer briefs", "en calzoncillos", "ブリーフ姿").
    /// Never when the prompt shows a shop, brand, designer, catalogue, mannequin, hanger or washing line, a kitchen or a curtain,
    /// or an advertisement (the garment is no one's outfit). Level 2 (suggestive) and where; (0, -1, -1) when none.
    /// </summary>
    public static (int Level, int Start, int End) ReadWear(string prompt)
    {
        if (prompt.Length == 0)
        {
            return (0, -1, -1);
        }

        var scan = ScanOnce(prompt);
        return CombineWear(prompt, scan.Wear.AsSpan(0, scan.WearCount));
    }

    /// <summary>
    /// Session 45 (i16-speed53): the hits of the last prompt read on this thread, both lists of one pass (<see cref="ScanBoth"/>).
    /// One verdict reads the prompt's frames up to three times: <see cref="ReadWear"/> before the people rules
    /// (<see cref="SuggestiveWear"/>), then <see cref="Read(string, bool, bool)"/> in the decision, once or twice. Each call walked
    /// the whole prompt again (the same trie, the same places; only the kinds kept differ): two passes of ~1.9 µs on the benign
    /// 500-character prompt (docs/performance.md, session 45). The hits depend on the prompt's text alone (the tables never
    /// change), so they are kept per thread, keyed by the string's reference (immutable: the same reference is the same text),
    /// and forgotten at the start of every screening (<see cref="StartScreening"/>), as <see cref="PhotoSubject"/> does.
    /// </summary>
    private sealed class ScanCache
    {
        public string? Prompt;

        public readonly Hit[] Frames = new Hit[MaxHits];

        public int FrameCount;

        public readonly Hit[] Wear = new Hit[MaxWearHits];

        public int WearCount;
    }

    [ThreadStatic]
    private static ScanCache? t_scan;

    /// <summary>Forgets the kept hits: called at the start of every screening, so that they serve only the verdict they were found
    /// for (a caller screening the same string again, as a benchmark does, reads it afresh).</summary>
    internal static void StartScreening()
    {
        if (t_scan is { } scan)
        {
            scan.Prompt = null;
        }
    }

    /// <summary>The prompt's frame and wear hits: kept from this screening's first read of the same string, else read now in one pass.</summary>
    private static ScanCache ScanOnce(string prompt)
    {
        var scan = t_scan ??= new ScanCache();
        if (!ReferenceEquals(scan.Prompt, prompt))
        {
            scan.Prompt = null; // a throw inside the pass leaves nothing half-kept
            (scan.FrameCount, scan.WearCount) = ScanBoth(prompt, scan.Frames, scan.Wear);
            scan.Prompt = prompt;
        }

        return scan;
    }

    /// <summary>
    /// Session 45: <see cref="Scan"/> for both readers in one pass: at each place the cues found are tried once (word end, opening
    /// pronoun) and the hit goes to <paramref name="frames"/> when <see cref="Read(string, bool, bool)"/> keeps its kind, to
    /// <paramref name="wear"/> when <see cref="ReadWear"/> does (a few kinds to both), each list in order until it is full: the
    /// same two lists as two passes of <see cref="Scan"/>, which the tests check on every labelled prompt.
    /// </summary>
    private static (int Frames, int Wear) ScanBoth(string prompt, Span<Hit> frames, Span<Hit> wear)
    {
        var n = prompt.Length;
        var (rows, atWordStart, inWord) = Tries.Value;
        var skip = AsciiSkip.Value;
        Span<int> found = stackalloc int[MaxFound];
        var frameCount = 0;
        var wearCount = 0;
        var clause = 0;
        for (var i = 0; i < n && (frameCount < frames.Length || wearCount < wear.Length); i = NextPlace(prompt, i, skip))
        {
            var c = char.ToLowerInvariant(prompt[i]);
            if (c < 128 ? AsciiEndsClause[c] : ClausePunctuation.EndsClause(c))
            {
                clause++;
                continue;
            }

            WorkCounter.Add(1);
            if (!atWordStart.Starts(c))
            {
                continue;
            }

            var wordStart = !(ClausePunctuation.IsCasedLetter(c) && i > 0 && char.IsLetterOrDigit(prompt[i - 1]));
            var matched = (wordStart ? atWordStart : inWord).Match(prompt, i, found);
            if (matched >= 0)
            {
                foreach (var index in found[..matched])
                {
                    AddBoth(prompt, i, c, rows[index], clause, frames, ref frameCount, wear, ref wearCount);
                }

                continue;
            }

            foreach (var cue in CandidatesAt(prompt, i, c))
            {
                WorkCounter.Add(1);
                if ((!wordStart && !cue.InWord) || i + cue.Text.Length > n || !SameLower(prompt, i, cue.Text))
                {
                    continue;
                }

                AddBoth(prompt, i, c, cue, clause, frames, ref frameCount, wear, ref wearCount);
            }
        }

        return (frameCount, wearCount);
    }

    /// <summary>The cue's hit (<see cref="TryAdd"/>'s tests) to each list whose reader keeps its kind and that has room.</summary>
    private static void AddBoth(string prompt, int i, char c, Cue cue, int clause, Span<Hit> frames, ref int frameCount, Span<Hit> wear, ref int wearCount)
    {
        var toFrames = frameCount < frames.Length && Wanted(cue.Kind, wear: false);
        var toWear = wearCount < wear.Length && Wanted(cue.Kind, wear: true);
        if (!(toFrames || toWear))
        {
            return;
        }

        if (!TryHit(prompt, i, c, cue, clause, out var hit))
        {
            return;
        }

        if (toFrames)
        {
            frames[frameCount++] = hit;
        }

        if (toWear)
        {
            wear[wearCount++] = hit;
        }
    }

    /// <summary>The hits of one reader's own pass, as <see cref="Read(string, bool, bool)"/> (<paramref name="wear"/> false) or
    /// <see cref="ReadWear"/> read them before session 45 (tests: <see cref="ScanBoth"/> must find the same).</summary>
    internal static (Kind Kind, int Start, int End, int Clause)[] ScanAlone(string prompt, bool wear)
    {
        Span<Hit> hits = stackalloc Hit[wear ? MaxWearHits : MaxHits];
        var count = Scan(prompt, hits, wear);
        return [.. hits[..count].ToArray().Select(h => (h.Kind, h.Start, h.End, h.Clause))];
    }

    /// <summary>The hits <see cref="Read(string, bool, bool)"/> and <see cref="ReadWear"/> read now, from the one pass (tests).</summary>
    internal static ((Kind Kind, int Start, int End, int Clause)[] Frames, (Kind Kind, int Start, int End, int Clause)[] Wear) ScanShared(string prompt)
    {
        var scan = ScanOnce(prompt);
        return ([.. scan.Frames.Take(scan.FrameCount).Select(h => (h.Kind, h.Start, h.End, h.Clause))],
            [.. scan.Wear.Take(scan.WearCount).Select(h => (h.Kind, h.Start, h.End, h.Clause))]);
    }

    /// <summary>The hits of one pass over <paramref name="prompt"/> into <paramref name="hits"/> (at most its length); the wear
    /// kinds only when <paramref name="wear"/>, and then only the kinds <see cref="CombineWear"/> reads.</summary>
    private static int Scan(string prompt, Span<Hit> hits, bool wear)
    {
        var n = prompt.Length;
        var (rows, atWordStart, inWord) = Tries.Value;
        var skip = AsciiSkip.Value;
        Span<int> found = stackalloc int[MaxFound];
        var count = 0;
        var clause = 0;
        var max = hits.Length;
        // Session 44 (speed52): the places that cannot start a cue (wear cues included: one trie holds every kind) or end a
        // clause are stepped over (NextPlace); every other place is read as before.
        for (var i = 0; i < n && count < max; i = NextPlace(prompt, i, skip))
        {
            var c = char.ToLowerInvariant(prompt[i]);
            if (c < 128 ? AsciiEndsClause[c] : ClausePunctuation.EndsClause(c))
            {
                clause++;
                continue;
            }

            WorkCounter.Add(1);
            if (!atWordStart.Starts(c))
            {
                continue;
            }

            var wordStart = !(ClausePunctuation.IsCasedLetter(c) && i > 0 && char.IsLetterOrDigit(prompt[i - 1]));
            // Session 43: the cues that match here, found by one walk of the trie (at a word's start every cue, inside a word the
            // in-word cues alone), in the table's order: the same cues, in the same order, as comparing the bucket's.
            var matched = (wordStart ? atWordStart : inWord).Match(prompt, i, found);
            if (matched >= 0)
            {
                foreach (var index in found[..matched])
                {
                    if (Wanted(rows[index].Kind, wear) && TryAdd(prompt, i, c, rows[index], clause, hits, ref count))
                    {
                        break;
                    }
                }

                continue;
            }

            foreach (var cue in CandidatesAt(prompt, i, c))
            {
                WorkCounter.Add(1);
                if (!Wanted(cue.Kind, wear) || (!wordStart && !cue.InWord) || i + cue.Text.Length > n || !SameLower(prompt, i, cue.Text))
                {
                    continue;
                }

                if (TryAdd(prompt, i, c, cue, clause, hits, ref count))
                {
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>Read skips the wear kinds; ReadWear keeps them with the garment, sheer and guard kinds it combines them with.</summary>
    private static bool Wanted(Kind kind, bool wear) =>
        wear ? kind >= Kind.WOnly || kind is Kind.SeeThru or Kind.ClothGuard or Kind.Guard or Kind.Bed : kind < Kind.WOnly;

    /// <summary>A cue found at <paramref name="i"/> (its text already compared) made a hit unless its word-end or
    /// opening-pronoun test fails; true when the hit buffer is full.</summary>
    private static bool TryAdd(string prompt, int i, char c, Cue cue, int clause, Span<Hit> hits, ref int count)
    {
        if (!TryHit(prompt, i, c, cue, clause, out var hit))
        {
            return false;
        }

        hits[count++] = hit;
        return count == hits.Length;
    }

    /// <summary>The hit of a cue found at <paramref name="i"/> (its text already compared), unless its word-end or opening-pronoun
    /// test fails (session 45: <see cref="TryAdd"/>'s tests, shared with <see cref="AddBoth"/>).</summary>
    private static bool TryHit(string prompt, int i, char c, Cue cue, int clause, out Hit hit)
    {
        hit = default;
        var n = prompt.Length;
        var end = i + cue.Text.Length;
        if (cue.WordEnd && end < n && char.IsLetterOrDigit(prompt[end]))
        {
            return false;
        }

        if (cue.Kind == Kind.It && OpensClause(prompt, i))
        {
            // German "Es treibt ein Boot …": the pronoun opening its clause is the verb's dummy subject, not its object.
            return false;
        }

        // A stem read in a cased script reaches to its word's end ("treib" in "treiben es"), so neighbours are measured
        // from the whole word.
        var wordEnd = end;
        while (ClausePunctuation.IsCasedLetter(c) && wordEnd < n && char.IsLetter(prompt[wordEnd]))
        {
            wordEnd++;
        }

        hit = new Hit(cue.Kind, i, wordEnd, clause);
        return true;
    }

    private static (int, int, int) Combine(ReadOnlySpan<Hit> hits, bool named, bool ride)
    {
        Span<bool> any = stackalloc bool[KindCount];
        foreach (var h in hits)
        {
            any[(int)h.Kind] = true;
        }

        (int Level, int Start, int End) best = (0, -1, -1);
        void Take(int level, Hit a, Hit b)
        {
            if (level > best.Level)
            {
                best = (level, Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));
            }
        }

        var guarded = any[(int)Kind.Guard];
        foreach (var a in hits)
        {
            switch (a.Kind)
            {
                case Kind.Tape or Kind.Love or Kind.Bare or Kind.Nude:
                    // Session 41: Nude is a nakedness form the lexicons cannot hold because its folded key is another word
                    // (Czech animate plural "nazí" folds to "nazi"); the cue keeps its accent.
                    Take(a.Kind == Kind.Love ? 6 : 4, a, a);
                    break;
                case Kind.Ride when ride && !any[(int)Kind.Steed]:
                    // Session 41 (i16-sexforms49): riding a partner said with a personal object pronoun ("ujeżdża go", "скаче на
                    // ньому", "cabalgándolo", "reitet ihn"); a horse, a bicycle, a piggyback anywhere in the prompt is the
                    // ordinary sense.
                    Take(6, a, a);
                    break;
                case Kind.Undies:
                    // Session 41: underwear as the whole outfit ("у самих трусах", "بالسروال الداخلي فقط") in the clause of a bed
                    // and of two or more adult partners is a sex scene.
                    foreach (var bed in hits)
                    {
                        if (bed.Kind != Kind.Bed || bed.Clause != a.Clause)
                        {
                            continue;
                        }

                        foreach (var partners in hits)
                        {
                            if (partners.Kind == Kind.Partners && partners.Clause == a.Clause)
                            {
                                Take(4, a, partners.End > bed.End ? partners : bed);
                            }
                        }
                    }

                    break;
                case Kind.Treib when !any[(int)Kind.Tame]:
                    foreach (var it in hits)
                    {
                        if (it.Kind != Kind.It || it.Clause != a.Clause)
                        {
                            continue;
                        }

                        foreach (var with in hits)
                        {
                            if (with.Clause == a.Clause && (with.Kind == Kind.With || (with.Kind is Kind.Place or Kind.Bed && Adjacent(it, a))))
                            {
                                Take(6, it, a);
                            }
                        }
                    }

                    break;
                case Kind.Shown when !any[(int)Kind.ClothGuard] && ClothCameOff(hits, a):
                    // Session 42 (i16-acts50): a garment coming off or seen through, and everything showing, in its clause or the
                    // next ("la toalla se le cae y se le ve todo", "mokra koszulka, wszystko prześwituje", "ผ้าหลุด เห็นหมด"):
                    // nudity, with or without a person. A tablecloth, a statue's cover, a kitchen or a hanger guards it.
                    Take(4, a, a);
                    break;
                case Kind.Without:
                    foreach (var thread in hits)
                    {
                        if (thread.Kind != Kind.Thread || thread.Clause != a.Clause || thread.End < a.End || thread.Start - a.End > 14)
                        {
                            continue;
                        }

                        foreach (var body in hits)
                        {
                            if (body.Kind == Kind.Body && body.Clause == a.Clause && body.Start >= thread.End && body.Start - thread.End <= 16)
                            {
                                Take(4, a, body);
                            }
                        }
                    }

                    break;
            }

            if (!named)
            {
                continue;
            }

            switch (a.Kind)
            {
                case Kind.IntiMedia or Kind.Fans or Kind.SoftLove:
                    Take(4, a, a);
                    break;
                case Kind.Shower or Kind.Towel or Kind.Wet or Kind.PrivMedia when !guarded:
                    Take(2, a, a);
                    break;
                case Kind.Covert:
                    foreach (var b in hits)
                    {
                        if (b.Kind is Kind.Place or Kind.Shower or Kind.Bed or Kind.Towel)
                        {
                            Take(4, a, b);
                        }
                    }

                    break;
                case Kind.Bed:
                    foreach (var b in hits)
                    {
                        if (b.Clause == a.Clause && b.Kind == Kind.Together)
                        {
                            Take(2, a, b);
                        }
                        else if (b.Clause == a.Clause && b.Kind == Kind.Spread)
                        {
                            Take(4, a, b);
                        }
                    }

                    break;
                case Kind.Spread when !guarded:
                    Take(2, a, a);
                    break;
                case Kind.Body:
                    foreach (var b in hits)
                    {
                        if (b.Kind == Kind.Display && b.Clause == a.Clause && Close(a, b))
                        {
                            Take(2, a, b);
                        }
                    }

                    break;
            }
        }

        return best;
    }

    /// <summary>Session 44: the wear combinations of <see cref="ReadWear"/> (the generator's docstring, tools/wear52/wear_cues.py).</summary>
    private static (int, int, int) CombineWear(string prompt, ReadOnlySpan<Hit> hits)
    {
        foreach (var h in hits)
        {
            if (h.Kind is Kind.Guard or Kind.ClothGuard or Kind.WGuard)
            {
                return (0, -1, -1);
            }
        }

        foreach (var a in hits)
        {
            foreach (var b in hits)
            {
                if (a.Clause != b.Clause || a.Start == b.Start)
                {
                    continue;
                }

                var read = a.Kind switch
                {
                    // worn alone: "only a towel", "solo en una toalla", "kumot lang", "タオルだけ"
                    Kind.WOnly => b.Kind is Kind.WWrap or Kind.WNight or Kind.WUnder or Kind.WTop && Near(prompt, a, b, 3),
                    // sheer or wet, a few words from a top, nightwear or an intimate garment (a wet dress in the rain is none);
                    // after it, no "with" between ("a shirt with wet hair")
                    // (wet with a top alone is weather: "in a wet shirt after the rain")
                    Kind.SeeThru => (b.Kind is Kind.WNight or Kind.WUnder || (b.Kind == Kind.WTop && !IsWet(hits, a)))
                        && Near(prompt, a, b, 3) && (a.Start < b.Start || !WithBetween(prompt, b.End, a.Start)),
                    // an intimate garment in a wearing frame: "in tight boxer briefs", "en calzoncillos", "ブリーフ姿"
                    Kind.WIn => b.Kind == Kind.WUnder && a.End <= b.Start && Near(prompt, a, b, 3),
                    Kind.WInAfter => b.Kind == Kind.WUnder && b.End <= a.Start && Near(prompt, b, a, 1),
                    // under the skirt: "sous la jupe", "pod spódnicę", "eteğinin altından", "スカートの中"
                    // (the skirt first only before a postposition: Turkish altından, Japanese の中, Korean 속; "w spódnicy pod
                    // parasolem" is a skirt under an umbrella)
                    Kind.WUnderP => b.Kind == Kind.WSkirt && Near(prompt, a, b, 1) && (a.Start < b.Start || IsPostposition(prompt, a.Start)),
                    // a posed body beside a bed or a sofa: "a cuatro patas en la cama", "na všech čtyřech na posteli"
                    Kind.WPose => b.Kind is Kind.Bed or Kind.WSeat,
                    _ => false,
                };
                if (read)
                {
                    return (2, Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));
                }
            }
        }

        return (0, -1, -1);
    }

    /// <summary>An "under" word written after its noun: Turkish alt- (altından, altına), or one of the CJK and Hangul cues.</summary>
    private static bool IsPostposition(string prompt, int at) =>
        prompt[at] >= '\u3000' || prompt.AsSpan(at).StartsWith("alt", StringComparison.OrdinalIgnoreCase);

    /// <summary>A see-through hit that a wet cue starts at too.</summary>
    private static bool IsWet(ReadOnlySpan<Hit> hits, Hit seeThru)
    {
        foreach (var h in hits)
        {
            if (h.Kind == Kind.WWet && h.Start == seeThru.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two hits of one clause with at most <paramref name="words"/> words between them (either order); four characters or
    /// fewer between them always count (scripts written without spaces: 只穿浴巾, タオルだけ).</summary>
    private static bool Near(string prompt, Hit a, Hit b, int words)
    {
        var (from, to) = a.End <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        if (to < from)
        {
            return false;
        }

        var gap = prompt.AsSpan(from, to - from);
        if (gap.Length <= 4)
        {
            return true;
        }

        if (gap.Length > 40)
        {
            return false;
        }

        var count = 0;
        var inWord = false;
        foreach (var ch in gap)
        {
            var letter = !char.IsWhiteSpace(ch);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count <= words;
    }

    /// <summary>"with" words of the 26 languages (Latin, Cyrillic, Greek, Hebrew, Arabic, Persian script): after one, a sheer or
    /// wet word describes another noun ("a red dress with wet hair", "vestido con el pelo mojado").</summary>
    private static readonly string[] WithWords =
        ["with", "mit", "avec", "con", "com", "met", "z", "ze", "s", "se", "med", "с", "со", "з", "із", "ile", "με", "עם", "مع", "با", "dengan", "với", "kasama"];

    private static bool WithBetween(string prompt, int from, int to)
    {
        var gap = prompt.AsSpan(from, to - from);
        foreach (var range in gap.Split(' '))
        {
            var word = gap[range];
            foreach (var w in WithWords)
            {
                if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Session 42: a cloth hit with a slide or see-through hit in its clause, that clause being the shown hit's or the
    /// one before or after it.</summary>
    private static bool ClothCameOff(ReadOnlySpan<Hit> hits, Hit shown)
    {
        foreach (var cloth in hits)
        {
            if (cloth.Kind != Kind.Cloth || Math.Abs(cloth.Clause - shown.Clause) > 1)
            {
                continue;
            }

            foreach (var b in hits)
            {
                if (b.Kind is Kind.Slide or Kind.SeeThru && b.Clause == cloth.Clause && (b.Start >= cloth.End || cloth.Start >= b.End)
                    && (b.Start >= shown.End || shown.Start >= b.End))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Two hits with at most one space between them, in either order ("treibt es", "es mit").</summary>
    private static bool Adjacent(Hit a, Hit b) => (b.Start >= a.End && b.Start - a.End <= 1) || (a.Start >= b.End && a.Start - b.End <= 1);

    /// <summary>At most a few short words apart, in either order ("her body on display", "exhibiendo su cuerpo").</summary>
    private static bool Close(Hit a, Hit b) => (b.Start >= a.End && b.Start - a.End <= 14) || (a.Start >= b.End && a.Start - b.End <= 14);

    /// <summary>Whether only spaces stand between the clause's start (or the prompt's) and <paramref name="at"/>.</summary>
    private static bool OpensClause(string prompt, int at)
    {
        for (var k = at - 1; k >= 0; k--)
        {
            var c = prompt[k];
            if (ClausePunctuation.EndsClause(c))
            {
                return true;
            }

            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameLower(string prompt, int at, string cue)
    {
        for (var k = 0; k < cue.Length; k++)
        {
            if (char.ToLowerInvariant(prompt[at + k]) != cue[k])
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<char, Cue[]> Load()
    {
        // Session 41 (i16-sexforms49): the sexual-form cues (underwear said with "only", adult partner counts, riding a partner,
        // steeds) are read in the same pass (sexual-form-cues.tsv). Session 42 (i16-acts50): a garment coming off or seen through
        // with everything showing (act-frame-cues.tsv, the PersonActs garment, slip, sheer, wet and reveal cues renamed by
        // tools/acts50/act_cues.py). Session 44 (i16-wear52): the suggestive-wear cues, read by ReadWear alone (wear-cues.tsv).
        using var joined = RuleDataFile.Joined("intimate-frame-cues.tsv", "sexual-form-cues.tsv", "act-frame-cues.tsv", "wear-cues.tsv");
        return Parse(joined);
    }

    internal static Dictionary<char, Cue[]> Parse(TextReader reader) =>
        KindCueRows.ByFirstChar(
            KindCueRows.Read(reader, KindNames, "intimate-frame cues").Select(r => new Cue(r.Text, (Kind)r.Kind, r.WordEnd, r.InWord)),
            c => c.Text);
}
