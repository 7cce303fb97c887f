using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace GenScreen.ContentSafety;

/// <summary>
/// Configuration section "ContentSafety". The detector is off when <see cref="Endpoint"/> is empty.
/// Authentication: <see cref="ApiKey"/> when set, otherwise DefaultAzureCredential (managed identity in
/// Azure, optionally the user-assigned one named by <see cref="ManagedIdentityClientId"/>).
/// </summary>
public sealed class ContentSafetyOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "ContentSafety";

    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(2);
    private static readonly string[] KnownCategories = ["Hate", "SelfHarm", "Sexual", "Violence"];

    /// <summary>Resource endpoint, e.g. https://&lt;resource&gt;.cognitiveservices.azure.com. Empty: detector disabled.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Resource key. Prefer managed identity; never logged (see <see cref="ToString"/>).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Client id of a user-assigned managed identity; used only when <see cref="ApiKey"/> is absent.</summary>
    [MaxLength(128)]
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Network timeout of each attempt (Azure.Core Retry.NetworkTimeout). Default 5 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries after the first attempt (429, 5xx, timeouts). Default 2.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>What to do when the service fails. Default <see cref="ContentSafetyFailureMode.FailClosedToReview"/>.</summary>
    [EnumDataType(typeof(ContentSafetyFailureMode))]
    public ContentSafetyFailureMode FailureMode { get; set; } = ContentSafetyFailureMode.FailClosedToReview;

    /// <summary>Text blocklists to match prompts against.</summary>
    public IList<string> BlocklistNames { get; } = new List<string>();

    /// <summary>Categories to analyze (Hate, SelfHarm, Sexual, Violence); empty means all four.</summary>
    public IList<string> Categories { get; } = new List<string>();

    /// <summary>Skip the classifiers when a blocklist matches (haltOnBlocklistHit).</summary>
    public bool HaltOnBlocklistHit { get; set; }

    /// <summary>True when an endpoint is configured.</summary>
    public bool IsEnabled => Endpoint is not null && Endpoint.OriginalString.Length > 0;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsEnabled)
        {
            string? endpointError = null;
            try
            {
                EndpointGuard.Normalize(Endpoint!, nameof(Endpoint));
            }
            catch (ArgumentException ex)
            {
                endpointError = ex.Message;
            }

            if (endpointError is not null)
            {
                yield return new ValidationResult(endpointError, [nameof(Endpoint)]);
            }
        }

        if (ApiKey is not null && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new ValidationResult("ApiKey is blank; remove it to use managed identity.", [nameof(ApiKey)]);
        }

        if (Timeout <= TimeSpan.Zero || Timeout > MaxTimeout)
        {
            yield return new ValidationResult(
                string.Create(CultureInfo.InvariantCulture, $"Timeout must be greater than 0 and at most {MaxTimeout}."),
                [nameof(Timeout)]);
        }

        foreach (string category in Categories)
        {
            if (!KnownCategories.Contains(category, StringComparer.Ordinal))
            {
                yield return new ValidationResult(
                    $"Unknown category '{category}'; use {string.Join(", ", KnownCategories)}.",
                    [nameof(Categories)]);
            }
        }

        foreach (string name in BlocklistNames)
        {
            string? nameError = null;
            try
            {
                InputGuard.BlocklistName(name, nameof(BlocklistNames));
            }
            catch (ArgumentException ex)
            {
                nameError = ex.Message;
            }

            if (nameError is not null)
            {
                yield return new ValidationResult(nameError, [nameof(BlocklistNames)]);
            }
        }
    }

    /// <summary>Builds the analyze request these options describe.</summary>
    public AnalyzeTextOptions CreateAnalyzeTextOptions(string text)
    {
        var request = new AnalyzeTextOptions(text);
        foreach (string category in Categories)
        {
            request.Categories.Add(new TextCategory(category));
        }

        foreach (string name in BlocklistNames)
        {
            request.BlocklistNames.Add(name);
        }

        if (BlocklistNames.Count > 0)
        {
            request.HaltOnBlocklistHit = HaltOnBlocklistHit;
        }

        return request;
    }

    /// <summary>A description for logs; the key is redacted.</summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"ContentSafety(Endpoint={(IsEnabled ? Endpoint!.OriginalString : "<disabled>")}, ApiKey={(ApiKey is null ? "<none>" : "<redacted>")}, " +
            $"ManagedIdentityClientId={ManagedIdentityClientId ?? "<none>"}, Timeout={Timeout}, MaxRetries={MaxRetries}, FailureMode={FailureMode}, " +
            $"BlocklistNames=[{string.Join(",", BlocklistNames)}], Categories=[{string.Join(",", Categories)}], HaltOnBlocklistHit={HaltOnBlocklistHit})");
}
