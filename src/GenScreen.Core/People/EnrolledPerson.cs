namespace GenScreen.Core.People;

/// <summary>
/// A protected person an operator enrolled: the names that identify them in prompts, and face descriptors computed
/// from reference photos (the photos themselves are never stored). Who enrolled them and when is kept for audit.
/// </summary>
/// <param name="Id">32 random hex digits.</param>
/// <param name="DisplayName">The name shown in verdicts and listings; also matched in prompts.</param>
/// <param name="Aliases">Other names matched in prompts (stage names, spellings).</param>
/// <param name="EnrolledBy">The operator who enrolled them (from <c>--by</c> or <c>GENSCREEN_OPERATOR</c>).</param>
/// <param name="EnrolledAt">When.</param>
/// <param name="ModelVersion">The recognition model the descriptors come from; descriptors of another model are not comparable.</param>
/// <param name="Embeddings">One 128-d descriptor per reference photo.</param>
public sealed record EnrolledPerson(
    string Id,
    string DisplayName,
    IReadOnlyList<string> Aliases,
    string EnrolledBy,
    DateTimeOffset EnrolledAt,
    string ModelVersion,
    IReadOnlyList<float[]> Embeddings)
{
    /// <summary>The display name and the aliases: every name a prompt may use for this person.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(DisplayName);
}
