namespace GenScreen.Core.Prompts.Normalization;

/// <summary>
/// Which of the rare per-word rules a word can set off, found once per distinct word and kept in the matcher's
/// plain-word memo beside its index entry (<see cref="Lexicons.PlainWordMemo"/>, <see cref="Rules.WordShapes"/>). The
/// age and people rules ask every word of a prompt whether it starts their shape (a one-word age, a two-word role, a
/// separable undressing verb); almost no word does, and each asking was a call. With these bits a word the memo knows
/// costs a bit test instead. A word the memo does not know (not plain, met for the first time in a way the memo does
/// not keep, or in the negative prompt) has no <see cref="Classified"/> bit, and every rule runs for it as before.
/// </summary>
[Flags]
internal enum WordShape : byte
{
    None = 0,

    /// <summary>The other bits are known; without it a word may be anything.</summary>
    Classified = 1,

    /// <summary>A number word and an age unit written as one word, or a number nickname (<see cref="Rules.AgeDetector"/>: zwölfjährige, twelvie).</summary>
    AgeCompound = 2,

    /// <summary>The first word of a two-word role (<see cref="Rules.TwoWordRoles"/>: ca sĩ, bintang film).</summary>
    TwoWordRole = 4,

    /// <summary>A separable verb that undresses with its particle (<see cref="Rules.SeparableUndress"/>: zieh … aus).</summary>
    SeparableVerb = 8,

    /// <summary>
    /// A garment and a suffix of lack written as one word (<see cref="Rules.ClothingState.IsGarmentWithoutSuffix"/>: shirtless,
    /// broekloos, sütyensiz; session 16).
    /// </summary>
    GarmentLess = 16,
}
