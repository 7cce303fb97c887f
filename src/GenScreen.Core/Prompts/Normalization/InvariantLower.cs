namespace GenScreen.Core.Prompts.Normalization;

/// <summary>
/// <see cref="string.ToLowerInvariant()"/>, <see cref="MemoryExtensions.ToLowerInvariant"/> and
/// <see cref="char.ToLowerInvariant"/> with the same result, by one array read per character. The runtime lower-cases an
/// ASCII prefix itself and hands the rest of the text, from the first other letter on, to ICU: a prompt in Cyrillic,
/// Hangul or Thai paid a native call over the rest of the prompt for each reader that lower-cases it (the sampled profile
/// put 14-16% of the screening there; measured, the other-scripts prompt fell by about a tenth: docs/performance.md,
/// "Session 31").
/// Why the result is the same: the invariant casing the runtime uses maps each code point alone (simple case mapping,
/// no context), so the table is made by the runtime's own call over every BMP code point once. A surrogate pair is one
/// supplementary code point, mapped by the runtime: text that holds a surrogate takes the runtime's call.
/// </summary>
internal static class InvariantLower
{
    private static readonly char[] Table = Build();

    /// <summary>Lower-cases <paramref name="source"/> into <paramref name="destination"/>: the characters written, or -1 when it is too short.</summary>
    public static int Write(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            return -1;
        }

        // The ASCII prefix by the runtime's vectorised ASCII casing (most prompts are ASCII to the end), the rest by the table.
        if (System.Text.Ascii.ToLower(source, destination, out var done) == System.Buffers.OperationStatus.Done)
        {
            return done;
        }

        var table = Table;
        for (var i = done; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsSurrogate(c))
            {
                return source.ToLowerInvariant(destination);
            }

            destination[i] = table[c];
        }

        return source.Length;
    }

    /// <summary>The text lower-cased.</summary>
    public static string Of(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyExceptInRange('\0', '\u007F') < 0 || span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            return text.ToLowerInvariant(); // ASCII (vectorised, the same instance when nothing changes) or a surrogate
        }

        return string.Create(text.Length, text, static (chars, source) => Write(source, chars));
    }

    /// <summary>One character lower-cased.</summary>
    public static char Of(char c) => Table[c];

    private static char[] Build()
    {
        var all = new char[65536];
        for (var c = 0; c < all.Length; c++)
        {
            // Surrogates are left out of the one call (two in a row would read as one supplementary code point);
            // alone, the runtime leaves each as it is.
            all[c] = char.IsSurrogate((char)c) ? 'a' : (char)c;
        }

        var table = new char[65536];
        _ = ((ReadOnlySpan<char>)all).ToLowerInvariant(table);
        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            table[c] = (char)c;
        }

        return table;
    }
}
