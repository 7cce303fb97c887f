namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A value per UTF-16 character, read by two array reads instead of a <see cref="Dictionary{TKey,TValue}"/> hash look-up
/// (session 33, i16-speed41): the readers that ask "what starts with this character" at every word start of a prompt
/// (<see cref="OfficeHolders"/>' longest cue and office lengths per first character) paid a hash and a bucket walk per
/// word start, a tenth of the people stage on the bulk file's flagged lines. The 65,536 characters are 256 pages of 256;
/// a page is allocated only when a value is set in it (the office tables touch a dozen pages: ASCII, Latin-1, Latin
/// Extended, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, Hangul and a few Han pages), and a character of a page
/// never set reads the default value, as <c>GetValueOrDefault</c> did.
/// </summary>
internal sealed class CharTable<T>
    where T : struct
{
    private readonly T[]?[] _pages = new T[]?[256];

    /// <summary>The value set for <paramref name="c"/>, or <c>default</c>.</summary>
    public T this[char c]
    {
        get
        {
            var page = _pages[c >> 8];
            return page is null ? default : page[c & 0xFF];
        }

        set
        {
            var page = _pages[c >> 8] ??= new T[256];
            page[c & 0xFF] = value;
        }
    }
}
