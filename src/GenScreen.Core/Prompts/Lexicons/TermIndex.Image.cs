using System.Collections.Frozen;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>The term index read from, and written to, the build-time term-index image (<see cref="TermIndexImage"/>).</summary>
internal sealed partial class TermIndex
{
    /// <summary>
    /// Every language-only entry the build made from a term's entry (<see cref="MarkLanguageOnly"/>) with the entry it was
    /// made from: the image writes such an entry as that entry plus its languages, and makes it again on reading (a few
    /// hundred; kept so an index read from the image can be written again and compared, see the image tests).
    /// </summary>
    private readonly List<(LexiconEntry Marked, LexiconEntry From)> _languageOnlyMarks = [];

    /// <summary>
    /// The index as the image holds it: every table, gate and bit array exactly as the in-memory build left them
    /// (<see cref="WriteImage"/>); the prefixes and number suffixes are the caller's, as for the in-memory build.
    /// </summary>
    internal TermIndex(TermIndexImage.Section image, string[] prefixes, IEnumerable<string> numberSuffixes)
    {
        FromImage = true;
        Count = image.Count;
        _terms = image.Terms;
        _termGate = image.TermGate;
        _squeezed = image.Squeezed;
        _squeezedGate = image.SqueezedGate;
        _words = image.Words;
        _foldLosers = image.FoldLosers.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _joinHeads = image.JoinHeads;
        _joinTails = image.JoinTails;
        (_compoundHeads, _compoundShapes, _phraseStarts) = (image.CompoundHeads, image.CompoundShapes, image.PhraseStarts);
        if (_compoundHeads.Length != (1 << CompoundHeadBits) / 64 || _compoundShapes.Length != (1 << CompoundShapeBits) / 64
            || _phraseStarts.Length != (1 << PhraseStartBits) / 64)
        {
            throw new InvalidDataException("Term-index image: a bit array has the wrong size.");
        }

        _cjkByFirstTwoChars = image.CjkFirstTwo.ToFrozenDictionary();
        _cjkSingleChars = image.CjkSingle.ToFrozenDictionary();
        _emojiByFirstCodePoint = image.Emoji.ToFrozenDictionary();
        _languageOnlyMarks = image.LanguageOnlyMarks;
        _numberSuffixes = numberSuffixes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes;
        _lowestPrefixChar = _prefixes.Length == 0 ? char.MaxValue : _prefixes.Min(p => p[0]);
    }

    /// <summary>Was this index read from the term-index image (not built in memory)?</summary>
    internal bool FromImage { get; }

    /// <summary>
    /// Writes every table of the index (<see cref="TermIndexImage"/>'s section format): an entry as the number
    /// <paramref name="entryNumber"/> gives it (-1 for none), a language-only entry the build made as its first entry's
    /// number and its languages.
    /// </summary>
    internal void WriteImage(BinaryWriter image, Func<LexiconEntry, int> entryNumber)
    {
        // The language-only entries first: the reader makes them before it reads anything that refers to them.
        var numbers = new Dictionary<LexiconEntry, int>(ReferenceEqualityComparer.Instance);
        image.Write(_languageOnlyMarks.Count);
        foreach (var (marked, origin) in _languageOnlyMarks)
        {
            image.Write(entryNumber(origin));
            image.Write(marked.OnlyInLanguages);
            numbers[marked] = -2 - numbers.Count; // -2, -3...: the marks in order
        }

        int Number(LexiconEntry? entry) => entry is null ? -1 : numbers.TryGetValue(entry, out var mark) ? mark : entryNumber(entry);

        image.Write(Count);
        _terms.WriteImage(image);
        var infos = new TermIndexImage.PackedTermInfo[_terms.Count];
        for (var i = 0; i < infos.Length; i++)
        {
            infos[i] = TermIndexImage.PackedTermInfo.Of(_terms.ValueAt(i), Number(_terms.ValueAt(i).Entry));
        }

        ImageArrays.Write<TermIndexImage.PackedTermInfo>(image, infos);
        _termGate.WriteImage(image);
        _squeezed.WriteImage(image);
        var squeezedEntries = new int[_squeezed.Count];
        for (var i = 0; i < squeezedEntries.Length; i++)
        {
            squeezedEntries[i] = Number(_squeezed.ValueAt(i));
        }

        ImageArrays.Write<int>(image, squeezedEntries);
        _squeezedGate.WriteImage(image);
        _words.WriteImage(image);
        var losers = _foldLosers.Dictionary;
        image.Write(losers.Count);
        foreach (var (key, entry) in losers.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            image.Write(key);
            image.Write(Number(entry));
        }

        _joinHeads.WriteImage(image);
        _joinTails.WriteImage(image);
        ImageArrays.Write<ulong>(image, _compoundHeads);
        ImageArrays.Write<ulong>(image, _compoundShapes);
        ImageArrays.Write<ulong>(image, _phraseStarts);
        WriteUnspaced(image, _cjkByFirstTwoChars, key => image.Write(key), Number);
        WriteUnspaced(image, _cjkSingleChars, key => image.Write((ushort)key), Number);
        WriteUnspaced(image, _emojiByFirstCodePoint, key => image.Write(key), Number);
    }

    private static void WriteUnspaced<TKey>(
        BinaryWriter image, FrozenDictionary<TKey, CjkTerm[]> table, Action<TKey> writeKey, Func<LexiconEntry?, int> number)
        where TKey : notnull
    {
        image.Write(table.Count);
        foreach (var (key, terms) in table.OrderBy(t => t.Key))
        {
            writeKey(key);
            image.Write(terms.Length);
            foreach (var term in terms)
            {
                image.Write(term.Text);
                image.Write(number(term.Entry));
            }
        }
    }
}
