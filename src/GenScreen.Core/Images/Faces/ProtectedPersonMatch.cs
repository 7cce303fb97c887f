namespace GenScreen.Core.Images.Faces;

/// <summary>A face matched an enrolled protected person: which one, and how close (embedding distance, lower is closer).</summary>
public sealed record ProtectedPersonMatch(string PersonId, string DisplayName, double Distance);
