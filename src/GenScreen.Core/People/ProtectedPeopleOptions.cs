using System.ComponentModel.DataAnnotations;

namespace GenScreen.Core.People;

/// <summary>Configuration section <c>People</c>: enrolled protected people (face descriptors and names).</summary>
public sealed class ProtectedPeopleOptions
{
    public const string SectionName = "People";

    /// <summary>
    /// Load enrolled people in the hosts: their names join prompt screening and their face descriptors the image
    /// matcher. Off by default (no table is read); the <c>genscreen people</c> commands work either way.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>Table holding one row per enrolled person plus a change-marker row.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$", ErrorMessage = "Table names are 3-63 letters or digits, starting with a letter.")]
    public string TableName { get; set; } = "ProtectedPeople";

    /// <summary>Name of the connection setting (connection string, or a section with tableServiceUri).</summary>
    [Required]
    public string Connection { get; set; } = "GenScreenStorage";

    /// <summary>
    /// Euclidean distance between face descriptors at or below which a face is the enrolled person (see FaceMatchDefaults; face-api's
    /// usual is 0.6); measured distributions in docs/images.md.
    /// </summary>
    [Range(0.1, 1.5)]
    public double MatchThreshold { get; set; } = FaceMatchDefaults.Threshold;

    /// <summary>How often each instance reads the change marker (one point read) and reloads the index when it moved.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A deployed recognition model file (SHA-256 must match People/MODEL.md); default: models/ beside the app, else imported in a clone.</summary>
    public string? RecognitionModelPath { get; set; }
}
