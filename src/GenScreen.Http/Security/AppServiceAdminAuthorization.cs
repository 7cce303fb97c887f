using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenScreen.Http.Security;

/// <summary>
/// The Functions app's admin check in Azure: App Service authentication (Entra ID) validates the caller's
/// token and passes its claims in <c>X-MS-CLIENT-PRINCIPAL</c> (Base64 JSON); an admin holds the app role
/// <c>Admin:Role</c> (default <c>GenScreen.Admin</c>). The platform strips that header from client requests
/// only while authentication is enabled, so the header is believed only when the platform says it is
/// (<c>WEBSITE_AUTH_ENABLED=True</c>, an environment variable no caller can set); otherwise it is ignored
/// as the forgery it would be.
/// </summary>
public sealed partial class AppServiceAdminAuthorization : IAdminAuthorization
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    public const string AuthEnabledSetting = "WEBSITE_AUTH_ENABLED";

    private const string EntraRolesClaim = "roles";

    private readonly bool _platformAuthEnabled;
    private readonly string _role;
    private readonly ILogger<AppServiceAdminAuthorization> _logger;

    public AppServiceAdminAuthorization(IConfiguration configuration, IOptions<AdminOptions> options, ILogger<AppServiceAdminAuthorization> logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        _platformAuthEnabled = string.Equals(configuration[AuthEnabledSetting], "true", StringComparison.OrdinalIgnoreCase);
        _role = options.Value.Role;
        _logger = logger;
    }

    public AdminDecision Authorize(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[PrincipalHeader];
        if (!_platformAuthEnabled)
        {
            if (header.Count > 0)
            {
                LogUntrustedPrincipal(_logger);
            }

            return AdminDecision.Unauthenticated("App Service authentication is not enabled for this app, so no caller can be an admin (see docs/azure-architecture.md).");
        }

        if (header.Count != 1 || string.IsNullOrEmpty(header[0]))
        {
            return AdminDecision.Unauthenticated("Send an Entra ID access token for the GenScreen admin app (Authorization: Bearer ...).");
        }

        if (!TryReadRoles(header[0]!, out var roles))
        {
            LogUnreadablePrincipal(_logger);
            return AdminDecision.Unauthenticated("The authenticated principal could not be read.");
        }

        return roles.Contains(_role, StringComparer.Ordinal)
            ? AdminDecision.Granted
            : AdminDecision.Forbidden($"The caller is authenticated but does not hold the app role '{_role}'.");
    }

    /// <summary>The role claims of a principal header: claims typed <c>role_typ</c> (as the platform maps them) or Entra's <c>roles</c>.</summary>
    private static bool TryReadRoles(string header, out List<string> roles)
    {
        roles = [];
        try
        {
            using var principal = JsonDocument.Parse(Convert.FromBase64String(header));
            var root = principal.RootElement;
            var roleType = root.TryGetProperty("role_typ", out var rt) && rt.ValueKind == JsonValueKind.String ? rt.GetString() : null;
            if (!root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            foreach (var claim in claims.EnumerateArray())
            {
                if (claim.ValueKind == JsonValueKind.Object
                    && claim.TryGetProperty("typ", out var typ) && typ.ValueKind == JsonValueKind.String
                    && claim.TryGetProperty("val", out var val) && val.ValueKind == JsonValueKind.String
                    && (typ.ValueEquals(EntraRolesClaim) || (roleType is not null && typ.ValueEquals(roleType))))
                {
                    roles.Add(val.GetString()!);
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored an X-MS-CLIENT-PRINCIPAL header: App Service authentication is not enabled, so a client set it")]
    private static partial void LogUntrustedPrincipal(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The X-MS-CLIENT-PRINCIPAL header set by App Service authentication is not Base64 JSON with a claims array")]
    private static partial void LogUnreadablePrincipal(ILogger logger);
}
