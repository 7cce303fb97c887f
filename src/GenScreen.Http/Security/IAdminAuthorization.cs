using Microsoft.AspNetCore.Http;

namespace GenScreen.Http.Security;

/// <summary>
/// Decides whether a request comes from an admin. The one gate in front of every admin route (today the
/// full verdict record; later review and release), so each host plugs in its own way of proving it:
/// App Service authentication in Azure (<see cref="AppServiceAdminAuthorization"/>), a configured key on
/// the local host (<see cref="AdminKeyAuthorization"/>). A handler asks before it touches any data.
/// </summary>
public interface IAdminAuthorization
{
    AdminDecision Authorize(HttpRequest request);
}
