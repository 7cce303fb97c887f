namespace GenScreen.Cli.Eval.Images;

/// <summary>
/// One image of the evaluation set: its file and expected label, or why its line could not be used. For a
/// <c>protected-person</c> image in a folder set, <paramref name="ExpectedPerson"/> is the sub-folder it sits in
/// (<c>protected-person/&lt;name&gt;/photo.jpg</c>): the enrolled person it should match.
/// </summary>
internal sealed record LabelledImage(string Where, string? Path, ImageLabel Label, string? Error, string? ExpectedPerson = null);
