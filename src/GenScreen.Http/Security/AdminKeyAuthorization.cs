using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GenScreen.Http.Security;

/// <summary>
/// The local host's admin check (<c>genscreen serve</c>): the request carries <c>GenScreen-Admin-Key</c>
/// equal to <c>Admin:ApiKey</c>. Platform identity headers (<c>X-MS-CLIENT-PRINCIPAL</c>) mean nothing
/// here: no App Service sits in front of Kestrel to set them, so any client could.
/// </summary>
public sealed class AdminKeyAuthorization : IAdminAuthorization
{
    public const string HeaderName = "GenScreen-Admin-Key";

    private readonly byte[]? _keyHash;

    public AdminKeyAuthorization(IOptions<AdminOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keyHash = options.Value.ApiKey is { } key ? SHA256.HashData(Encoding.UTF8.GetBytes(key)) : null;
    }

    public AdminDecision Authorize(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var presented = request.Headers[HeaderName];
        if (presented.Count == 0 || string.IsNullOrEmpty(presented[0]))
        {
            return AdminDecision.Unauthenticated($"Send the admin key in the '{HeaderName}' header.");
        }

        if (_keyHash is null)
        {
            return AdminDecision.Forbidden("This host has no admin key configured (Admin:ApiKey), so nobody is admin.");
        }

        // Hashes compared in constant time: neither the key's length nor a matching prefix leaks through timing.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented.Count == 1 ? presented[0]! : string.Empty));
        return CryptographicOperations.FixedTimeEquals(hash, _keyHash)
            ? AdminDecision.Granted
            : AdminDecision.Forbidden($"The '{HeaderName}' header does not hold this host's admin key.");
    }
}
