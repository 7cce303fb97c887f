using System.ComponentModel.DataAnnotations;

namespace GenScreen.Http.Security;

/// <summary>Configuration section <c>Admin</c>: who may use the admin routes (full verdict records; later review and release).</summary>
public sealed class AdminOptions : IValidatableObject
{
    public const string SectionName = "Admin";

    /// <summary>Shortest accepted local admin key, in characters.</summary>
    public const int MinApiKeyLength = 32;

    /// <summary>
    /// The Entra ID app role an App Service authentication principal must hold (Azure). Assigned to people
    /// and applications in the admin app registration.
    /// </summary>
    [Required]
    [MinLength(1)]
    public string Role { get; set; } = "GenScreen.Admin";

    /// <summary>
    /// Local host only (<c>genscreen serve</c>): the key an admin caller sends in <c>GenScreen-Admin-Key</c>.
    /// Unset: nobody is admin. Ignored by the Functions app, which trusts only App Service authentication.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Local host only: the operator name audit rows record for actions taken with the admin key (in Azure the Entra
    /// principal is recorded instead). Unset: <c>local:{OS user name}</c>.
    /// </summary>
    [MaxLength(128)]
    public string? OperatorName { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApiKey is not null && ApiKey.Length < MinApiKeyLength)
        {
            yield return new ValidationResult(
                $"{SectionName}:ApiKey has {ApiKey.Length} characters; an admin key has at least {MinApiKeyLength} (generate one with `openssl rand -base64 32`), or leave it unset to have no admin.",
                [nameof(ApiKey)]);
        }
    }
}
