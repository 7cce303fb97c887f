namespace GenScreen.Core.Prompts.Normalization;

/// <summary>
/// The hash of a word that chooses its slot in the matcher's memo (<see cref="Lexicons.PlainWordMemo"/>): one
/// <see cref="Step"/> a character from 0, which the tokenizer accumulates while it lower-cases each word
/// (<see cref="Token.Hash"/>), so the matcher's probe reads no character twice. A rotate and an exclusive or a
/// character (two cycles, against a multiply's three or four for FNV); the memo mixes it into a slot with one multiply.
/// A weak hash costs only collisions, and a collision costs a recomputation, never a wrong answer (the memo compares
/// the word itself).
/// </summary>
internal static class WordHash
{
    public static uint Of(ReadOnlySpan<char> word)
    {
        var h = 0u;
        foreach (var c in word)
        {
            h = Step(h, c);
        }

        return h;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char c) => System.Numerics.BitOperations.RotateLeft(hash, 5) ^ c;
}
