using System.Text;
using GenScreen.Http.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScreen.Integration.Tests.Http;

/// <summary>
/// The Functions app's admin decision (App Service authentication cannot run outside Azure, so the code's
/// decision is tested on the headers the platform sets): the admin app role is required, and the principal
/// header is believed only when the platform says authentication is on.
/// </summary>
public sealed class AppServiceAdminAuthorizationTests
{
    private const string EntraRoleType = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";

    [Fact]
    public void Authorize_AdminRoleButPlatformAuthenticationOff_IsNotTrusted()
    {
        var decision = Authorizer(authEnabled: null).Authorize(Request(Principal(("roles", "GenScreen.Admin"))));

        Assert.False(decision.IsGranted);
        Assert.Equal(401, decision.Problem!.Status);
    }

    [Theory]
    [InlineData("roles")]
    [InlineData(EntraRoleType)]
    public void Authorize_PlatformAuthenticationOnAndAdminRole_IsGranted(string claimType)
    {
        var decision = Authorizer("True").Authorize(Request(Principal(("name", "mod@contoso.example"), (claimType, "GenScreen.Admin"))));

        Assert.True(decision.IsGranted);
    }

    [Theory]
    [InlineData("GenScreen.Reader")]
    [InlineData("genscreen.admin")]
    public void Authorize_AuthenticatedWithoutTheAdminRole_Is403(string role)
    {
        var decision = Authorizer("True").Authorize(Request(Principal(("roles", role))));

        Assert.Equal(403, decision.Problem!.Status);
    }

    [Fact]
    public void Authorize_AdminRoleOnlyAsAnotherClaimType_Is403()
    {
        var decision = Authorizer("True").Authorize(Request(Principal(("groups", "GenScreen.Admin"))));

        Assert.Equal(403, decision.Problem!.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not base64!")]
    [InlineData("eyJjbGFpbXMiOjF9")] // {"claims":1}
    public void Authorize_NoOrUnreadablePrincipal_Is401(string? header)
    {
        var request = header is null ? Request(null) : Request(header);

        var decision = Authorizer("True").Authorize(request);

        Assert.Equal(401, decision.Problem!.Status);
    }

    [Fact]
    public void Authorize_ConfiguredRole_IsTheOneRequired()
    {
        var authorizer = Authorizer("true", role: "Moderators");

        Assert.True(authorizer.Authorize(Request(Principal(("roles", "Moderators")))).IsGranted);
        Assert.False(authorizer.Authorize(Request(Principal(("roles", "GenScreen.Admin")))).IsGranted);
    }

    [Fact]
    public void NoAdminAuthorization_DeniesEvenAnAdminPrincipal()
    {
        Assert.Equal(401, new NoAdminAuthorization().Authorize(Request(Principal(("roles", "GenScreen.Admin")))).Problem!.Status);
    }

    private static AppServiceAdminAuthorization Authorizer(string? authEnabled, string role = "GenScreen.Admin")
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [AppServiceAdminAuthorization.AuthEnabledSetting] = authEnabled })
            .Build();
        return new AppServiceAdminAuthorization(configuration, Options.Create(new AdminOptions { Role = role }), NullLogger<AppServiceAdminAuthorization>.Instance);
    }

    /// <summary>The X-MS-CLIENT-PRINCIPAL value App Service sets: Base64 of its claims JSON.</summary>
    private static string Principal(params (string Type, string Value)[] claims)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            claims = claims.Select(c => new { typ = c.Type, val = c.Value }),
            name_typ = "name",
            role_typ = EntraRoleType,
        });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    private static HttpRequest Request(string? principal)
    {
        var context = new DefaultHttpContext();
        if (principal is not null)
        {
            context.Request.Headers[AppServiceAdminAuthorization.PrincipalHeader] = principal;
        }

        return context.Request;
    }
}
