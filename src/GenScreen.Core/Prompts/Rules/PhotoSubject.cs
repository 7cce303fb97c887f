using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Whether a text-to-image prompt singles out the person of a photo the user has (session 23, i16-people25): by a photo
/// reference ("the neighbour from the photo", "the coworker in the attached picture", "z fotky", "с прикреплённой фотки",
/// fotoğraftaki, 照片里, 사진 속) or by keeping that person's face ("keep her face exactly the same", "mukanya tetap sama",
/// "use her real face", 脸保持一模一样, 얼굴 그대로 유지). Beside undressing or nudity such a prompt asks for that person
/// exposed, as an img2img request does (<see cref="PromptRules"/>): a nudify request under every policy.
/// </summary>
/// <remarks>
/// <para>The word classes are data (Rules/Data/photo-subject-cues.tsv, written by tools/people25/photo_subject_cues.py).
/// In the cased scripts (Latin, Cyrillic, Greek) a photo reference is grammar over words: a photo noun after a demonstrative
/// or "attached" word (this, diesem, этой, załączonego), after a preposition that needs no article (della, im, z, с, di),
/// after an article or classifier that follows a preposition ("from the photo", "aus dem Foto", "trong tấm ảnh"), or before
/// a tail word ("foto ini", "photo wali", "image jointe"); a word right after it that makes a compound or a likeness ("photo
/// shoot", "photo studio") undoes it. Other scripts list their reference phrases.</para>
/// <para>A kept face is a face noun and a keep word (same, unchanged, preserve, don't change, 一模一样) in one clause, at most
/// <see cref="FaceReach"/> characters apart, with no scene noun between them and the keep word not taken by a scene noun right
/// after it ("same pose", "same lighting"); or a face noun beside a "real" word and a possessive or "use" word ("use her real
/// face", "wajah aslinya").</para>
/// <para>Read only for a text-to-image prompt with undressing or nudity, never on the benign path. Words are found by one
/// pass over the prompt (hash lookups) and the other scripts' cues by one ordinal search each: linear in the prompt.</para>
/// </remarks>
internal static class PhotoSubject
{
    /// <summary>The most characters between a face noun and its keep word ("face" … "the same": " exactly the ").</summary>
    internal const int FaceReach = 24;

    /// <summary>How far after a keep word a scene noun takes it ("same pose", "giữ nguyên tư thế").</summary>
    private const int SceneReach = 16;

    internal enum Kind
    {
        Photo, After, Face, NotFace, Keep, Real, Own, Scene, Noun, Ref, Prep, PrepDet, Det, This, Tail, NotPhoto,
    }

    private static readonly string[] KindNames =
        ["photo", "after", "face", "notface", "keep", "real", "own", "scene", "noun", "ref", "prep", "prepdet", "det", "this", "tail", "notphoto"];

    private static readonly Lazy<Table> Cues = new(() =>
    {
        using var reader = RuleDataFile.Open("photo-subject-cues.tsv");
        return Parse(reader);
    });

    // Session 32 (i16-speed40): one verdict asks up to three times about the same prompt (OfficeHolders, the nudify rules,
    // the real-person rules); the answer depends on the prompt's text alone (the cue table never changes), so the last
    // prompt's answer is kept per thread, keyed by the string's reference (a string is immutable: the same reference is the
    // same text).
    /// <summary>For tests: the shipped cue table.</summary>
    internal static Table Shipped => Cues.Value;

    [ThreadStatic]
    private static string? t_lastPrompt;

    [ThreadStatic]
    private static bool t_lastAnswer;

    /// <summary>Forgets the remembered answer: called at the start of every screening, so that the answer serves only the
    /// verdict it was found for (a caller screening the same string again, as a benchmark does, finds it afresh).</summary>
    internal static void StartScreening() => t_lastPrompt = null;

    /// <summary>Whether the prompt refers to a photo of its person ("from the photo", "z fotky", 照片里).</summary>
    public static bool HasPhotoReference(string prompt)
    {
        var lower = Lower(prompt);
        return Cues.Value.HasPhotoReference(lower, Words.Of(lower));
    }

    /// <summary>Whether the prompt keeps its person's face ("keep her face exactly the same", "use her real face").</summary>
    public static bool KeepsFace(string prompt)
    {
        var lower = Lower(prompt);
        return Cues.Value.KeepsFace(lower, Words.Of(lower));
    }

    /// <summary>Either: the prompt's person is the person of a photo the user has.</summary>
    public static bool IsPhotoSubject(string prompt)
    {
        if (ReferenceEquals(prompt, t_lastPrompt))
        {
            return t_lastAnswer;
        }

        // The words are found once for every cue kind (each kind's search used to find them again).
        var lower = Lower(prompt);
        var words = Words.Of(lower);
        var answer = Cues.Value.HasPhotoReference(lower, words) || Cues.Value.KeepsFace(lower, words);
        t_lastPrompt = prompt;
        t_lastAnswer = answer;
        return answer;
    }

    private static string Lower(string prompt) => InvariantLower.Of(prompt);

    internal static Table Parse(TextReader reader)
    {
        var table = new Table();
        foreach (var line in RuleDataFile.Rows(reader))
        {
            var cells = line.Split('\t');
            var kind = cells.Length == 3 ? Array.IndexOf(KindNames, cells[1]) : -1;
            if (kind < 0 || cells[2].Length == 0)
            {
                throw new InvalidDataException($"photo-subject-cues.tsv: a row needs a language, a kind and a cue: '{line}'.");
            }

            table.Add(cells[0], (Kind)kind, cells[2]);
        }

        return table;
    }

    /// <summary>The cue classes: whole words and word starts of the cased scripts, phrases of the others.</summary>
    internal sealed class Table
    {
        // Per kind: whole words (cased scripts, also multi-word cues) and word starts (a cue ending in *), each with the mask
        // of the languages that hold it (the grammar pairs words of one language: Swedish "i" is no lead of German "Bild",
        // Polish "na" none of Tagalog "larawan"); phrases of the other scripts.
        private readonly Dictionary<string, uint>[] words = [.. KindNames.Select(_ => new Dictionary<string, uint>(StringComparer.Ordinal))];
        private readonly List<(string Stem, uint Languages)>[] stems = [.. KindNames.Select(_ => new List<(string, uint)>())];
        private readonly List<string>[] phrases = [.. KindNames.Select(_ => new List<string>())];

        // Each phrase's CharBlocks: a phrase with a character the prompt lacks is not searched for (session 32).
        private readonly List<ulong>[] phraseBlocks = [.. KindNames.Select(_ => new List<ulong>())];

        // Per kind: each whole-word cue's first word (its first run of word characters) and the most words a cue that starts
        // with it spans. A cue matches the words from i on only if its first word is word i, so one look-up of word i tells
        // whether (and how far) the longer spans need looking up: one look-up for most words instead of one per span length
        // (4), twice per word of a flagged prompt (docs/performance.md, session 35).
        private readonly Dictionary<string, int>[] firstWords = [.. KindNames.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        private readonly List<string> languages = [];
        private static readonly List<string> NoPhrases = [];
        private int longestWords = 1;

        public void Add(string language, Kind kind, string cue)
        {
            var index = languages.IndexOf(language);
            if (index < 0)
            {
                if (languages.Count == 32)
                {
                    throw new InvalidDataException("photo-subject-cues.tsv: more than 32 languages.");
                }

                languages.Add(language);
                index = languages.Count - 1;
            }

            var mask = 1u << index;
            if (!IsCased(cue))
            {
                phrases[(int)kind].Add(cue);
                phraseBlocks[(int)kind].Add(CharBlocks.Of(cue));
            }
            else if (cue.EndsWith('*'))
            {
                stems[(int)kind].Add((cue[..^1], mask));
            }
            else
            {
                words[(int)kind][cue] = words[(int)kind].GetValueOrDefault(cue) | mask;
                longestWords = Math.Max(longestWords, cue.Count(c => c == ' ') + 1);
                var (first, runs) = FirstWordAndRuns(cue);
                firstWords[(int)kind][first] = Math.Max(firstWords[(int)kind].GetValueOrDefault(first), runs);
            }
        }

        /// <summary>
        /// A cue's first run of word characters (empty when it starts with another character: then it matches no span of
        /// words) and how many runs it holds (the number of words a span equal to it covers).
        /// </summary>
        internal static (string First, int Runs) FirstWordAndRuns(string cue)
        {
            var firstEnd = -1;
            var runs = 0;
            for (var i = 0; i < cue.Length; i++)
            {
                if (!Words.IsWordChar(cue[i]))
                {
                    if (firstEnd < 0)
                    {
                        firstEnd = i;
                    }

                    continue;
                }

                if (i == 0 || !Words.IsWordChar(cue[i - 1]))
                {
                    runs++;
                }
            }

            return (cue[..(firstEnd < 0 ? cue.Length : firstEnd)], runs);
        }

        /// <summary>A cue of cased letters (Latin, Cyrillic, Greek) is matched as words; other scripts where they stand.</summary>
        private static bool IsCased(string cue)
        {
            foreach (var c in cue)
            {
                // Latin, Greek and Cyrillic below U+0530, and their extended blocks (Vietnamese ả, polytonic Greek).
                if (char.IsLetter(c) && c >= '\u0530' && c is < '\u1E00' or > '\u1FFF')
                {
                    return false;
                }
            }

            return true;
        }

        public bool HasPhotoReference(string lower, Words w)
        {
            for (var i = 0; i < w.Count; i++)
            {
                WorkCounter.Add(1);
                var reference = Word(Kind.Ref, lower, w, i, out var n);
                var noun = reference | Word(Kind.Noun, lower, w, i, out var nn);
                if (noun == 0)
                {
                    continue;
                }

                var next = i + (reference != 0 ? n : nn);
                if (next < w.Count && w.SameClause(lower, next - 1, next) && (Word(Kind.After, lower, w, next, out _) & noun) != 0)
                {
                    continue;
                }

                if (reference != 0)
                {
                    return true;
                }

                var before = i - 1;
                if (before >= 0 && w.SameClause(lower, before, i)
                    && ((Word(Kind.This, lower, w, before, out _) | Word(Kind.PrepDet, lower, w, before, out _)) & noun) != 0)
                {
                    return true;
                }

                if (before >= 1 && w.SameClause(lower, before - 1, i)
                    && (Word(Kind.Det, lower, w, before, out _) & noun
                        & (Word(Kind.Prep, lower, w, before - 1, out _) | Word(Kind.PrepDet, lower, w, before - 1, out _) | Word(Kind.This, lower, w, before - 1, out _))) != 0)
                {
                    return true;
                }

                if (next < w.Count && w.SameClause(lower, next - 1, next) && (Word(Kind.Tail, lower, w, next, out _) & noun) != 0)
                {
                    return true;
                }
            }

            if (!MayHoldPhrase(lower))
            {
                return false;
            }

            var notPhotos = Find(Kind.NotPhoto, lower, w);

            var photos = phrases[(int)Kind.Photo];
            for (var k = 0; k < photos.Count; k++)
            {
                var p = photos[k];
                if (!CharBlocks.MayHold(w.Present, phraseBlocks[(int)Kind.Photo][k]))
                {
                    continue;
                }

                for (var from = 0; from < lower.Length;)
                {
                    WorkCounter.Add(1);
                    var at = lower.IndexOf(p, from, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        break;
                    }

                    if (!FollowedBy(Kind.After, lower, at + p.Length) && !Covered(notPhotos, at))
                    {
                        return true;
                    }

                    from = at + 1;
                }
            }

            return false;
        }

        public bool KeepsFace(string lower, Words w)
        {
            var faces = Find(Kind.Face, lower, w);
            if (faces.Count == 0)
            {
                return false;
            }

            var notFaces = Find(Kind.NotFace, lower, w);
            faces.RemoveAll(f => Covered(notFaces, f.Start));
            if (faces.Count == 0)
            {
                return false;
            }

            // Every list is sorted by start and holds no cue longer than LongestCue, so each pairing looks at a window of
            // the prompt found by binary search: linear in the prompt, however many cues a hostile prompt repeats.
            var keeps = Find(Kind.Keep, lower, w);
            var scenes = Find(Kind.Scene, lower, w);
            keeps.RemoveAll(k =>
            {
                for (var j = First(scenes, k.End); j < scenes.Count && scenes[j].Start - k.End <= SceneReach; j++)
                {
                    var face = First(faces, k.End);
                    if (Clause(lower, k.End, scenes[j].Start) && (face == faces.Count || faces[face].Start >= scenes[j].Start))
                    {
                        return true;
                    }
                }

                return false;
            });
            foreach (var f in faces)
            {
                for (var j = First(keeps, f.Start - FaceReach - LongestCue); j < keeps.Count && keeps[j].Start <= f.End + FaceReach; j++)
                {
                    var (from, to) = Gap(f, keeps[j]);
                    var scene = First(scenes, from);
                    if (to - from <= FaceReach && Clause(lower, from, to) && (scene == scenes.Count || scenes[scene].End > to))
                    {
                        return true;
                    }
                }
            }

            var reals = Find(Kind.Real, lower, w);
            if (reals.Count == 0)
            {
                return false;
            }

            var owns = Find(Kind.Own, lower, w);
            foreach (var f in faces)
            {
                for (var j = First(reals, f.Start - FaceReach - LongestCue); j < reals.Count && reals[j].Start <= f.End + FaceReach; j++)
                {
                    var r = reals[j];
                    if (!Near(lower, f, r))
                    {
                        continue;
                    }

                    var lo = Math.Min(f.Start, r.Start) - FaceReach - LongestCue;
                    for (var o = First(owns, lo); o < owns.Count && owns[o].Start <= Math.Max(f.End, r.End) + FaceReach; o++)
                    {
                        if (Near(lower, f, owns[o]) || Near(lower, r, owns[o]))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a phrase can occur in the prompt: every phrase holds a letter at or above U+0530 (<see cref="IsCased"/>
        /// put every other cue among the words), so a prompt with no character there (English, the Latin-script languages,
        /// Greek, Cyrillic) holds none, and the ~100 ordinal searches per kind over it are skipped (session 32).
        /// </summary>
        private static bool MayHoldPhrase(string lower) => lower.AsSpan().ContainsAnyInRange('\u0530', '\uffff');

        /// <summary>The longest cue occurrence a pairing considers (a longer "word" is no face, keep or scene word).</summary>
        private const int LongestCue = 40;

        /// <summary>The index of the first occurrence starting at or after <paramref name="start"/> (the list is sorted by start).</summary>
        private static int First(List<Span2> sorted, int start)
        {
            int lo = 0, hi = sorted.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (sorted[mid].Start < start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        /// <summary>Whether an occurrence of the sorted list covers position <paramref name="at"/>.</summary>
        private static bool Covered(List<Span2> sorted, int at)
        {
            for (var j = First(sorted, at - LongestCue); j < sorted.Count && sorted[j].Start <= at; j++)
            {
                if (sorted[j].End > at)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Near(string lower, Span2 a, Span2 b)
        {
            var (from, to) = Gap(a, b);
            return to - from <= FaceReach && Clause(lower, from, to);
        }

        /// <summary>The characters between two cues ([from, to), empty when they touch or overlap).</summary>
        private static (int From, int To) Gap(Span2 a, Span2 b) =>
            a.End <= b.Start ? (a.End, b.Start) : b.End <= a.Start ? (b.End, a.Start) : (a.Start, a.Start);

        /// <summary>Whether no clause break (, . ; : ! ? and their CJK forms, a newline) lies in [from, to).</summary>
        private static bool Clause(string lower, int from, int to)
        {
            for (var i = Math.Max(0, from); i < to && i < lower.Length; i++)
            {
                if (IsBreak(lower[i]))
                {
                    return false;
                }
            }

            return true;
        }

        internal static bool IsBreak(char c) => c is ',' or '.' or ';' or ':' or '!' or '?' or '\n' or '|' or '(' or ')' or '，' or '。' or '、' or '；' or '！' or '？' or '،' or '؛';

        private bool FollowedBy(Kind kind, string lower, int at)
        {
            while (at < lower.Length && lower[at] == ' ')
            {
                at++;
            }

            foreach (var p in phrases[(int)kind])
            {
                if (string.CompareOrdinal(lower, at, p, 0, p.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Every occurrence of a kind's cues: words of the cased scripts (whole or stem) and the other scripts' phrases.</summary>
        private List<Span2> Find(Kind kind, string lower, Words w)
        {
            var found = new List<Span2>();
            for (var i = 0; i < w.Count; i++)
            {
                WorkCounter.Add(1);
                if (Word(kind, lower, w, i, out var n) != 0)
                {
                    found.Add(new Span2(w.Start(i), w.End(i + n - 1)));
                }
            }

            var kindPhrases = MayHoldPhrase(lower) ? phrases[(int)kind] : NoPhrases;
            for (var k = 0; k < kindPhrases.Count; k++)
            {
                var p = kindPhrases[k];
                if (!CharBlocks.MayHold(w.Present, phraseBlocks[(int)kind][k]))
                {
                    continue;
                }

                for (var from = 0; from < lower.Length;)
                {
                    WorkCounter.Add(1);
                    var at = lower.IndexOf(p, from, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        break;
                    }

                    found.Add(new Span2(at, at + p.Length));
                    from = at + p.Length;
                }
            }

            found.RemoveAll(f => f.End - f.Start > LongestCue);
            found.Sort((x, y) => x.Start.CompareTo(y.Start));
            return found;
        }

        /// <summary>
        /// The languages in which the words from <paramref name="i"/> on start with a cue of the kind (0: none);
        /// <paramref name="n"/> is how many words the cue spans.
        /// </summary>
        private uint Word(Kind kind, string lower, Words w, int i, out int n)
        {
            n = 1;
            var word = lower.AsSpan(w.Start(i), w.End(i) - w.Start(i));
            foreach (var (stem, mask) in stems[(int)kind])
            {
                if (word.StartsWith(stem, StringComparison.Ordinal))
                {
                    return mask;
                }
            }

            // No cue starts with this word: none matches from here, whatever the span (see firstWords).
            return firstWords[(int)kind].GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var runs)
                ? Spans(kind, lower, w, i, runs, out n)
                : 0;
        }

        /// <summary>The longest span of at most <paramref name="most"/> words from <paramref name="i"/> that is a whole-word cue.</summary>
        private uint Spans(Kind kind, string lower, Words w, int i, int most, out int n)
        {
            var set = words[(int)kind].GetAlternateLookup<ReadOnlySpan<char>>();
            for (n = Math.Min(Math.Min(longestWords, most), w.Count - i); n >= 1; n--)
            {
                if (set.TryGetValue(lower.AsSpan(w.Start(i), w.End(i + n - 1) - w.Start(i)), out var mask))
                {
                    return mask;
                }
            }

            n = 1;
            return 0;
        }

        /// <summary>For tests: the whole-word cue answer at word <paramref name="i"/> with the first-word filter, and every span looked up.</summary>
        internal ((uint Mask, int N) Filtered, (uint Mask, int N) EverySpan) WholeWordsForTests(Kind kind, string lower, Words w, int i)
        {
            var word = lower.AsSpan(w.Start(i), w.End(i) - w.Start(i));
            var filtered = firstWords[(int)kind].GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var runs)
                ? (Spans(kind, lower, w, i, runs, out var n), n)
                : (0u, 1);
            return (filtered, (Spans(kind, lower, w, i, int.MaxValue, out var all), all));
        }
    }

    internal readonly record struct Span2(int Start, int End);

    /// <summary>The words of a lower-cased prompt: runs of letters, digits and marks (an apostrophe and a hyphen end a word:
    /// "l'image", "naka-attach"), with single spaces kept so multi-word cues can be looked up as one span.</summary>
    internal sealed class Words
    {
        private readonly List<int> starts = [];
        private readonly List<int> ends = [];

        public int Count => starts.Count;

        /// <summary>The <see cref="CharBlocks"/> of the whole lower-cased prompt.</summary>
        public ulong Present { get; private set; }

        public int Start(int i) => starts[i];

        public int End(int i) => ends[i];

        // One instance per thread, refilled by each call (session 32): a prompt's reading holds one at a time.
        [ThreadStatic]
        private static Words? t_words;

        public static Words Of(string lower)
        {
            var w = t_words ??= new Words();
            w.starts.Clear();
            w.ends.Clear();
            w.Present = CharBlocks.Of(lower);
            var i = 0;
            while (i < lower.Length)
            {
                if (!IsWordChar(lower[i]))
                {
                    i++;
                    continue;
                }

                var s = i;
                while (i < lower.Length && IsWordChar(lower[i]))
                {
                    i++;
                }

                w.starts.Add(s);
                w.ends.Add(i);
            }

            return w;
        }

        /// <summary>Whether words <paramref name="a"/> and <paramref name="b"/> (a before b) are in one clause.</summary>
        public bool SameClause(string lower, int a, int b)
        {
            for (var i = ends[a]; i < starts[b]; i++)
            {
                if (Table.IsBreak(lower[i]))
                {
                    return false;
                }
            }

            return true;
        }

        internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }
}
