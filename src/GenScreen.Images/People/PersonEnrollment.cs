using System.Security.Cryptography;
using GenScreen.Core.People;
using GenScreen.Images.Decoding;

namespace GenScreen.Images.People;

/// <summary>
/// Enrols a protected person from reference photos: each photo is decoded with the safe decoder (first frame),
/// must show exactly one face, and contributes one descriptor; the photos themselves are dropped after use, only the
/// descriptors, names, operator and time are stored. Every photo is checked before anything is written, so a refused
/// enrolment stores nothing.
/// </summary>
public sealed class PersonEnrollment(IProtectedPeopleStore store, FaceEmbedder embedder, IFaceLocator locator, TimeProvider time, ImageDecodeLimits? limits = null)
{
    public const int MaxNameLength = 200;

    private readonly ImageDecodeLimits _limits = limits ?? new ImageDecodeLimits();

    /// <summary>Computes the descriptors, stores the person and returns the stored record.</summary>
    /// <exception cref="EnrollmentRefusedException">A photo is unreadable or does not show exactly one face; nothing was stored.</exception>
    /// <exception cref="ArgumentException">Missing name, operator or photos.</exception>
    public async Task<EnrolledPerson> EnrollAsync(string displayName, IReadOnlyList<string> aliases, string enrolledBy, IReadOnlyList<EnrollmentPhoto> photos, CancellationToken cancellationToken)
    {
        displayName = CheckName(displayName, "name");
        var cleanAliases = (aliases ?? []).Select(a => CheckName(a, "alias")).Distinct(StringComparer.OrdinalIgnoreCase).Where(a => !a.Equals(displayName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (string.IsNullOrWhiteSpace(enrolledBy))
        {
            throw new ArgumentException("Who is enrolling must be recorded: pass --by <operator id> or set GENSCREEN_OPERATOR.", nameof(enrolledBy));
        }

        if (photos is null || photos.Count == 0)
        {
            throw new ArgumentException("Enrolment needs at least one reference photo.", nameof(photos));
        }

        if (photos.Count > 100)
        {
            throw new ArgumentException("At most 100 reference photos per person.", nameof(photos));
        }

        var embeddings = photos.Select(p => Describe(p, cancellationToken)).ToList();
        var person = new EnrolledPerson(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            displayName,
            cleanAliases,
            enrolledBy.Trim(),
            time.GetUtcNow(),
            embedder.ModelVersion,
            embeddings);
        await store.AddAsync(person, cancellationToken).ConfigureAwait(false);
        return person;
    }

    /// <summary>The descriptor of the single face in a photo.</summary>
    /// <exception cref="EnrollmentRefusedException">Unreadable, no face, or several faces.</exception>
    public float[] Describe(EnrollmentPhoto photo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var decoded = SafeImageDecoder.Decode(photo.Bytes.Span, null, photo.Name, _limits, time, cancellationToken);
        if (!decoded.Succeeded)
        {
            throw new EnrollmentRefusedException($"{photo.Name}: not a readable image ({decoded.FailureReason}: {decoded.Message}).");
        }

        var frame = decoded.Frames[0];
        var faces = locator.Locate(frame.Rgb, frame.Width, frame.Height);
        return faces.Count switch
        {
            0 => throw new EnrollmentRefusedException($"{photo.Name}: no face found. Use a photo in which the person's face is clearly visible."),
            1 => embedder.Embed(frame.Rgb.Span, frame.Width, frame.Height, faces[0].RecognitionCrop),
            _ => throw new EnrollmentRefusedException($"{photo.Name}: {faces.Count} faces found. Use a photo that shows only the person being enrolled, or crop it to them."),
        };
    }

    private static string CheckName(string name, string what)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxNameLength || trimmed.Any(char.IsControl))
        {
            throw new ArgumentException($"The {what} '{name}' must be 1 to {MaxNameLength} printable characters.");
        }

        return trimmed;
    }
}
