namespace GenScreen.Cli.Eval.Images;

/// <summary>One image of the evaluation set: its file and expected label, or why its line could not be used.</summary>
internal sealed record LabelledImage(string Where, string? Path, ImageLabel Label, string? Error);
