using System.Globalization;
using GenScreen.Evaluation;

namespace GenScreen.Cli.Eval;

/// <summary>One line of a labelled set: the item, or why it could not be read, and where it is.</summary>
internal readonly record struct LabelledLine(string File, long Line, LabelledPrompt? Item, string? Error)
{
    /// <summary>For messages: <c>file:line</c>.</summary>
    public string Where => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}");
}
