using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Security;

/// <summary>The default when a host chose no admin mechanism: nobody is admin (fail closed).</summary>
public sealed class NoAdminAuthorization : IAdminAuthorization
{
    public AdminDecision Authorize(HttpRequest request) =>
        AdminDecision.Unauthenticated("This host has no admin authentication configured, so admin routes are closed.");
}
