using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 43 (i16-speed51): a character trie over a cue table's texts (lower case, as <see cref="KindCueRows"/> reads them),
/// so a scanner finds every cue that starts at a place by walking the prompt's lower-cased characters once, instead of
/// comparing each cue of the place's letter (or letter pair) in turn. <see cref="Match"/> returns the indices of the cues
/// that match there in ascending order, the order of the table's rows, so a scanner that took the cues of a bucket in its order
/// reads the same cues in the same order. The walk at a place is at most the longest cue long, so a scan stays linear in the
/// prompt; it allocates nothing.
/// </summary>
/// <remarks>Why: <see cref="IntimateFrames"/> compared ~5,000 candidate cues on the benchmark's 500-character benign prompt
/// (its 5,514 rows, most of the candidates skipped only after the comparison or for not being an in-word cue at a place inside a
/// word): ~18.7 µs of the decision stage's ~19.5 µs of thread CPU (docs/performance.md, session 43).</remarks>
internal sealed class CueTrie
{
    /// <summary>The root's child for each UTF-16 code unit (0: none; node 0 is the root).</summary>
    private readonly int[] _rootChild = new int[char.MaxValue + 1];

    /// <summary>The node two letters deep for each pair of ASCII characters (first &lt;&lt; 7 | second; 0: none): the nodes one letter
    /// deep have dozens of children, and the pair is read at every place a cue's first letter stands.</summary>
    private readonly int[] _asciiPairChild = new int[128 * 128];

    /// <summary>The other edges, each node's in one run sorted by character: where the run starts (in <see cref="_labels"/> and
    /// <see cref="_children"/>) and how long it is.</summary>
    private readonly (int Start, int Count)[] _edgeRuns;

    private readonly char[] _labels;

    private readonly int[] _children;

    /// <summary>Per node, where its cues start in <see cref="_ends"/> and how many (nodes in creation order; node 0 the root).</summary>
    private readonly (int Start, int Count)[] _nodeCues;

    private readonly int[] _ends;

    /// <summary>The longest cue (a walk never goes deeper).</summary>
    public int MaxLength { get; }

    /// <summary>The cues held.</summary>
    public int Count { get; }

    /// <summary>A trie of the texts whose index <paramref name="include"/> accepts (all when null); indices are positions in <paramref name="texts"/>.</summary>
    public CueTrie(IReadOnlyList<string> texts, Func<int, bool>? include = null)
    {
        var perNode = new List<List<int>?> { null };
        var edges = new Dictionary<long, int>();
        for (var k = 0; k < texts.Count; k++)
        {
            var text = texts[k];
            if (text.Length == 0 || (include is not null && !include(k)))
            {
                continue;
            }

            var node = 0;
            foreach (var c in text)
            {
                int child;
                if (node == 0)
                {
                    child = _rootChild[c];
                    if (child == 0)
                    {
                        child = _rootChild[c] = perNode.Count;
                        perNode.Add(null);
                    }
                }
                else if (!edges.TryGetValue(Key(node, c), out child))
                {
                    child = perNode.Count;
                    edges[Key(node, c)] = child;
                    perNode.Add(null);
                }

                node = child;
            }

            (perNode[node] ??= []).Add(k);
            MaxLength = Math.Max(MaxLength, text.Length);
            Count++;
        }

        var ends = new List<int>();
        var nodeCues = new List<(int Start, int Count)> { (0, 0) };
        for (var node = 1; node < perNode.Count; node++)
        {
            var list = perNode[node];
            nodeCues.Add((ends.Count, list?.Count ?? 0));
            if (list is not null)
            {
                ends.AddRange(list);
            }
        }

        _ends = [.. ends];
        _nodeCues = [.. nodeCues];
        _edgeRuns = new (int, int)[perNode.Count];
        _labels = new char[edges.Count];
        _children = new int[edges.Count];
        var at = 0;
        foreach (var group in edges.OrderBy(e => e.Key).GroupBy(e => (int)(e.Key >> 16)))
        {
            _edgeRuns[group.Key] = (at, group.Count());
            foreach (var (key, child) in group)
            {
                _labels[at] = (char)(key & 0xFFFF);
                _children[at++] = child;
            }
        }

        for (var c0 = 0; c0 < 128; c0++)
        {
            var node = _rootChild[c0];
            for (var c1 = 0; node != 0 && c1 < 128; c1++)
            {
                _asciiPairChild[(c0 << 7) | c1] = Child(node, (char)c1);
            }
        }
    }

    /// <summary>Whether some cue starts with <paramref name="lower"/> (a lower-cased character).</summary>
    public bool Starts(char lower) => _rootChild[lower] != 0;

    /// <summary>
    /// The indices of the cues whose text equals <paramref name="prompt"/>'s characters from <paramref name="at"/>, each
    /// lower-cased (<see cref="char.ToLowerInvariant"/>), written to <paramref name="found"/> in ascending order; their count,
    /// or -1 when <paramref name="found"/> is too small (the caller then compares the cues itself).
    /// </summary>
    public int Match(string prompt, int at, Span<int> found) => Match(prompt, at, found, lowered: false);

    /// <summary>As <see cref="Match(string, int, Span{int})"/>; <paramref name="lowered"/>: <paramref name="prompt"/> is already
    /// lower-cased (<see cref="InvariantLower"/>), so its characters are compared as they are, as an ordinal comparison of the
    /// lowered text with each cue would (session 44, <see cref="PersonActs"/>).</summary>
    public int Match(string prompt, int at, Span<int> found, bool lowered)
    {
        var count = 0;
        var node = 0;
        var first = '\0';
        for (var k = at; k < prompt.Length; k++)
        {
            var c = lowered ? prompt[k] : char.ToLowerInvariant(prompt[k]);
            WorkCounter.Add(1);
            if (k == at)
            {
                first = c;
                node = _rootChild[c];
            }
            else if (k == at + 1 && (first | c) < 128)
            {
                node = _asciiPairChild[(first << 7) | c];
            }
            else
            {
                node = Child(node, c);
            }

            if (node == 0)
            {
                break;
            }

            var (start, n) = _nodeCues[node];
            if (n == 0)
            {
                continue;
            }

            if (count + n > found.Length)
            {
                return -1;
            }

            // Each node's cues are ascending; keep the whole list ascending (a place matches a handful of cues at most).
            for (var e = start; e < start + n; e++)
            {
                var index = _ends[e];
                var j = count++;
                while (j > 0 && found[j - 1] > index)
                {
                    found[j] = found[j - 1];
                    j--;
                }

                found[j] = index;
            }
        }

        return count;
    }

    /// <summary>The child of <paramref name="node"/> (not the root) by <paramref name="c"/>; 0 when none. A run is searched by
    /// halves when it is long, read in turn when short (most nodes below the letter pairs have one child).</summary>
    private int Child(int node, char c)
    {
        var (lo, count) = _edgeRuns[node];
        if (count <= 4)
        {
            for (var e = lo; e < lo + count; e++)
            {
                if (_labels[e] == c)
                {
                    return _children[e];
                }
            }

            return 0;
        }

        var hi = lo + count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var label = _labels[mid];
            if (label == c)
            {
                return _children[mid];
            }

            if (label < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return 0;
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
