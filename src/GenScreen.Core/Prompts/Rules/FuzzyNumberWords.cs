namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The Latin number words of four letters or more, for reading one misspelled next to an age unit
/// (<see cref="AgeNumbers.TryMisspelled"/>). Kept in groups by length: a word is within one edit only of number words one
/// letter shorter, as long or one letter longer, so a lookup compares those three groups, not every number word of every
/// language (session 26: lang30's Tagalog tens took the hostile "doubled number words" input of LinearTimeTests past its
/// 100 steps a character while the whole list was compared). Of several number words within one edit, the first in the
/// grammar's order wins, as it did when the list was read whole.
/// </summary>
internal sealed class FuzzyNumberWords
{
    private readonly (string Word, int Value, int Order)[][] _byLength;

    public FuzzyNumberWords(IEnumerable<(string Word, int Value)> words)
    {
        var all = words.Select((w, order) => (w.Word, w.Value, Order: order)).ToArray();
        Count = all.Length;
        _byLength = new (string, int, int)[all.Length == 0 ? 0 : all.Max(w => w.Word.Length) + 1][];
        for (var length = 0; length < _byLength.Length; length++)
        {
            _byLength[length] = [.. all.Where(w => w.Word.Length == length)];
        }
    }

    /// <summary>How many number words the table holds.</summary>
    public int Count { get; }

    /// <summary>The value of the first number word (in the grammar's order) within one edit of <paramref name="word"/>, or -1.</summary>
    public int FirstWithinOneEdit(ReadOnlySpan<char> word)
    {
        var (value, order) = (-1, int.MaxValue);
        for (var length = Math.Max(0, word.Length - 1); length <= word.Length + 1 && length < _byLength.Length; length++)
        {
            foreach (var number in _byLength[length])
            {
                if (number.Order > order)
                {
                    break; // a group is in the grammar's order: nothing later in it can come first
                }

                WorkCounter.Add(number.Word.Length);
                if (AgeNumbers.WithinOneEdit(word, number.Word))
                {
                    (value, order) = (number.Value, number.Order);
                    break;
                }
            }
        }

        return value;
    }
}
