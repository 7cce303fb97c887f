using System.Buffers;
using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The places of youth, adult and nudity terms in the prompt, so a rule can ask which tag a word stands in. An adult
/// marker describes the person of its own tag: in <c>mujer vestida, niña desnuda</c> the woman is the adult and the
/// child, in a tag of her own with the nudity, is still a child. A fixed number of places is kept (the first ones),
/// so the cost per prompt is bounded.
/// </summary>
internal sealed class TagPlaces
{
    private const int Capacity = 32;

    /// <summary>Terms farther apart than this are never in neighbouring tags (keeps every look linear).</summary>
    private const int MaxReach = 256;

    /// <summary>What ends a tag in the source (as <see cref="AgeText"/> reads tags).</summary>
    private static readonly SearchValues<char> TagBreaks = SearchValues.Create(",;|()[]{}<>\n\r\t!?\u3001\u3002\uFF0C\u060C\u061B\uFF1B\uFF08\uFF09\uFF3B\uFF3D\uFF01\uFF1F");

    private readonly (Signal Signal, int Level, int Start)[] _places = new (Signal, int, int)[Capacity];
    private int _count;

    public void Clear() => _count = 0;

    public void Note(Signal signal, int level, int start)
    {
        if (_count < Capacity && start >= 0 && signal is Signal.Minor or Signal.Adult or Signal.Sexual)
        {
            _places[_count++] = (signal, level, start);
        }
    }

    /// <summary>Is a nudity term (level 4 or more) in the tag that holds <paramref name="position"/>, or in the tag right before or after it?</summary>
    public bool NudityBeside(string source, int position)
    {
        for (var p = 0; p < _count; p++)
        {
            ref readonly var place = ref _places[p];
            if (place.Signal == Signal.Sexual && place.Level >= 4 && TagsApart(source, place.Start, position) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Is a sexual term of any level in the tag that holds <paramref name="position"/> (<see cref="NameAttachment"/>)?</summary>
    public bool SexualInTag(string source, int position)
    {
        for (var p = 0; p < _count; p++)
        {
            ref readonly var place = ref _places[p];
            if (place.Signal == Signal.Sexual && TagsApart(source, place.Start, position) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Does a sexual term of level <paramref name="minLevel"/> or more start at a source position in [<paramref name="from"/>,
    /// <paramref name="to"/>)? Every term's place, not only the strongest kept as evidence: a name's clause may hold lingerie while a
    /// stronger "seductive look" stands in a later tag (session 37, i16-namesrtl45).
    /// </summary>
    public bool SexualWithin(int from, int to, int minLevel) => FirstSexualWithin(from, to, minLevel) >= 0;

    /// <summary>The start of the first sexual term of level <paramref name="minLevel"/> or more at or after <paramref name="from"/> and before <paramref name="to"/>, or -1.</summary>
    public int FirstSexualWithin(int from, int to, int minLevel)
    {
        var first = -1;
        for (var p = 0; p < _count; p++)
        {
            ref readonly var place = ref _places[p];
            if (place.Signal == Signal.Sexual && place.Level >= minLevel && place.Start >= from && place.Start < to && (first < 0 || place.Start < first))
            {
                first = place.Start;
            }
        }

        return first;
    }

    /// <summary>Does a nudity or sex term (level 4 or more) start at source position <paramref name="start"/>?</summary>
    public bool SexualStartsAt(int start)
    {
        for (var p = 0; p < _count; p++)
        {
            ref readonly var place = ref _places[p];
            if (place.Signal == Signal.Sexual && place.Level >= 4 && place.Start == start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Does some tag hold a youth word and a nudity term with no adult marker of its own? Then an adult marker
    /// elsewhere describes someone else (<c>adult woman clothed, little girl nude</c>).
    /// </summary>
    public bool YouthNudeWithoutAdultInOneTag(string source)
    {
        for (var p = 0; p < _count; p++)
        {
            ref readonly var youth = ref _places[p];
            if (youth.Signal != Signal.Minor || youth.Level <= 0 || !NudityInTag(source, youth.Start))
            {
                continue;
            }

            var adultHere = false;
            for (var q = 0; q < _count && !adultHere; q++)
            {
                adultHere = _places[q].Signal == Signal.Adult && TagsApart(source, _places[q].Start, youth.Start) == 0;
            }

            if (!adultHere)
            {
                return true;
            }
        }

        return false;
    }

    private bool NudityInTag(string source, int position)
    {
        for (var p = 0; p < _count; p++)
        {
            ref readonly var place = ref _places[p];
            if (place.Signal == Signal.Sexual && place.Level >= 4 && TagsApart(source, place.Start, position) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What separates the items of a tag list (not brackets: "klee (genshin impact)" is one name).</summary>
    private static readonly SearchValues<char> ListBreaks = SearchValues.Create(",;|\n\r\t\u3001\uFF0C\u060C\u061B\uFF1B");

    /// <summary>Does a list break (comma, semicolon, pipe, line end) stand in the source between <paramref name="from"/> and <paramref name="to"/>?</summary>
    public static bool ListBreakWithin(string source, int from, int to) =>
        to > from && from >= 0 && to <= source.Length && source.AsSpan(from, to - from).ContainsAny(ListBreaks);

    /// <summary>How many tag breaks stand between two source positions (0: the same tag; counted up to 2).</summary>
    private static int TagsApart(string source, int a, int b)
    {
        var (from, to) = a <= b ? (a, b) : (b, a);
        if (to - from > MaxReach)
        {
            return 2;
        }

        WorkCounter.Add(1 + to - from);
        var gap = source.AsSpan(from, Math.Min(to, source.Length) - from);
        var first = gap.IndexOfAny(TagBreaks);
        if (first < 0)
        {
            return 0;
        }

        // A run of breaks (", " or "),") is one boundary.
        var rest = gap[(first + 1)..].TrimStart(' ');
        while (!rest.IsEmpty && TagBreaks.Contains(rest[0]))
        {
            rest = rest[1..].TrimStart(' ');
        }

        return rest.IndexOfAny(TagBreaks) < 0 ? 1 : 2;
    }
}
