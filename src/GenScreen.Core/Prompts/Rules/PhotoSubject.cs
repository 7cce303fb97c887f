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
        Photo, After, Face, NotFace, Keep, Real, Own, Scene, Noun, Ref, Prep, PrepDet, Det, This, Tail,
    }

    private static readonly string[] KindNames =
        ["photo", "after", "face", "notface", "keep", "real", "own", "scene", "noun", "ref", "prep", "prepdet", "det", "this", "tail"];

    private static readonly Lazy<Table> Cues = new(() =>
    {
        using var reader = RuleDataFile.Open("photo-subject-cues.tsv");
        return Parse(reader);
    });

    /// <summary>Whether the prompt refers to a photo of its person ("from the photo", "z fotky", 照片里).</summary>
    public static bool HasPhotoReference(string prompt) => Cues.Value.HasPhotoReference(Lower(prompt));

    /// <summary>Whether the prompt keeps its person's face ("keep her face exactly the same", "use her real face").</summary>
    public static bool KeepsFace(string prompt) => Cues.Value.KeepsFace(Lower(prompt));

    /// <summary>Either: the prompt's person is the person of a photo the user has.</summary>
    public static bool IsPhotoSubject(string prompt)
    {
        var lower = Lower(prompt);
        return Cues.Value.HasPhotoReference(lower) || Cues.Value.KeepsFace(lower);
    }

    private static string Lower(string prompt) => prompt.ToLowerInvariant();

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

            table.Add((Kind)kind, cells[2]);
        }

        return table;
    }

    /// <summary>The cue classes: whole words and word starts of the cased scripts, phrases of the others.</summary>
    internal sealed class Table
    {
        // Per kind: whole words (cased scripts, also multi-word cues), word starts (a cue ending in *), phrases (other scripts).
        private readonly HashSet<string>[] words = NewSets();
        private readonly List<string>[] stems = NewLists();
        private readonly List<string>[] phrases = NewLists();
        private int longestWords = 1;

        private static HashSet<string>[] NewSets() => [.. Enumerable.Range(0, KindNames.Length).Select(_ => new HashSet<string>(StringComparer.Ordinal))];

        private static List<string>[] NewLists() => [.. Enumerable.Range(0, KindNames.Length).Select(_ => new List<string>())];

        public void Add(Kind kind, string cue)
        {
            if (!IsCased(cue))
            {
                phrases[(int)kind].Add(cue);
            }
            else if (cue.EndsWith('*'))
            {
                stems[(int)kind].Add(cue[..^1]);
            }
            else
            {
                words[(int)kind].Add(cue);
                longestWords = Math.Max(longestWords, cue.Count(c => c == ' ') + 1);
            }
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

        public bool HasPhotoReference(string lower)
        {
            var w = Words.Of(lower);
            for (var i = 0; i < w.Count; i++)
            {
                WorkCounter.Add(1);
                if (!IsWord(Kind.Noun, lower, w, i, out var n) && !IsWord(Kind.Ref, lower, w, i, out n))
                {
                    continue;
                }

                var next = i + n;
                if (next < w.Count && w.SameClause(lower, next - 1, next) && IsWord(Kind.After, lower, w, next, out _))
                {
                    continue;
                }

                if (IsWord(Kind.Ref, lower, w, i, out _))
                {
                    return true;
                }

                var before = i - 1;
                if (before >= 0 && w.SameClause(lower, before, i)
                    && (IsWord(Kind.This, lower, w, before, out _) || IsWord(Kind.PrepDet, lower, w, before, out _)))
                {
                    return true;
                }

                if (before >= 1 && w.SameClause(lower, before - 1, i) && IsWord(Kind.Det, lower, w, before, out _)
                    && (IsWord(Kind.Prep, lower, w, before - 1, out _) || IsWord(Kind.PrepDet, lower, w, before - 1, out _) || IsWord(Kind.This, lower, w, before - 1, out _)))
                {
                    return true;
                }

                if (next < w.Count && w.SameClause(lower, next - 1, next) && IsWord(Kind.Tail, lower, w, next, out _))
                {
                    return true;
                }
            }

            foreach (var p in phrases[(int)Kind.Photo])
            {
                for (var from = 0; from < lower.Length;)
                {
                    WorkCounter.Add(1);
                    var at = lower.IndexOf(p, from, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        break;
                    }

                    if (!FollowedBy(Kind.After, lower, at + p.Length))
                    {
                        return true;
                    }

                    from = at + 1;
                }
            }

            return false;
        }

        public bool KeepsFace(string lower)
        {
            var faces = Find(Kind.Face, lower);
            if (faces.Count == 0)
            {
                return false;
            }

            var notFaces = Find(Kind.NotFace, lower);
            faces.RemoveAll(f => notFaces.Exists(n => n.Start <= f.Start && f.End <= n.End));
            if (faces.Count == 0)
            {
                return false;
            }

            var keeps = Find(Kind.Keep, lower);
            var scenes = Find(Kind.Scene, lower);
            keeps.RemoveAll(k => scenes.Exists(s => s.Start >= k.End && s.Start - k.End <= SceneReach && Clause(lower, k.End, s.Start)
                && !faces.Exists(f => f.Start >= k.End && f.Start < s.Start)));
            foreach (var f in faces)
            {
                foreach (var k in keeps)
                {
                    var (from, to) = Gap(f, k);
                    if (to - from <= FaceReach && Clause(lower, from, to) && !scenes.Exists(s => s.Start >= from && s.End <= to))
                    {
                        return true;
                    }
                }
            }

            var reals = Find(Kind.Real, lower);
            if (reals.Count == 0)
            {
                return false;
            }

            var owns = Find(Kind.Own, lower);
            foreach (var f in faces)
            {
                foreach (var r in reals)
                {
                    if (Near(lower, f, r) && owns.Exists(o => Near(lower, f, o) || Near(lower, r, o)))
                    {
                        return true;
                    }
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
        private List<Span2> Find(Kind kind, string lower)
        {
            var found = new List<Span2>();
            var w = Words.Of(lower);
            for (var i = 0; i < w.Count; i++)
            {
                WorkCounter.Add(1);
                if (IsWord(kind, lower, w, i, out var n))
                {
                    found.Add(new Span2(w.Start(i), w.End(i + n - 1)));
                }
            }

            foreach (var p in phrases[(int)kind])
            {
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

            return found;
        }

        /// <summary>Whether the words from <paramref name="i"/> on start with a cue of the kind; <paramref name="n"/> is how many words it spans.</summary>
        private bool IsWord(Kind kind, string lower, Words w, int i, out int n)
        {
            n = 1;
            var word = lower.AsSpan(w.Start(i), w.End(i) - w.Start(i));
            foreach (var stem in stems[(int)kind])
            {
                if (word.StartsWith(stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            var set = words[(int)kind].GetAlternateLookup<ReadOnlySpan<char>>();
            for (n = Math.Min(longestWords, w.Count - i); n >= 1; n--)
            {
                if (set.Contains(lower.AsSpan(w.Start(i), w.End(i + n - 1) - w.Start(i))))
                {
                    return true;
                }
            }

            n = 1;
            return false;
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

        public int Start(int i) => starts[i];

        public int End(int i) => ends[i];

        public static Words Of(string lower)
        {
            var w = new Words();
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

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }
}
