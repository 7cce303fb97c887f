using GenScreen.Storage.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GenScreen.Http.Security;

/// <summary>Who an admin request acts as, for the audit trail. Asked only after <see cref="IAdminAuthorization"/> granted the request.</summary>
public interface IOperatorIdentity
{
    ReviewOperator OperatorOf(HttpRequest request);
}

/// <summary>
/// Azure: the principal App Service authentication validated, from the headers the platform sets and strips from client
/// requests (<c>X-MS-CLIENT-PRINCIPAL-NAME</c>, <c>X-MS-CLIENT-PRINCIPAL-ID</c>: the Entra user principal name or app
/// name, and its object id). Trusted because the admin check before it requires platform authentication to be on.
/// </summary>
public sealed class AppServiceOperatorIdentity : IOperatorIdentity
{
    public const string NameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";
    public const string IdHeader = "X-MS-CLIENT-PRINCIPAL-ID";

    public ReviewOperator OperatorOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.Headers[IdHeader] is { Count: 1 } i && !string.IsNullOrWhiteSpace(i[0]) ? i[0] : null;
        var name = request.Headers[NameHeader] is { Count: 1 } n && !string.IsNullOrWhiteSpace(n[0]) ? n[0]! : id ?? "unknown-principal";
        return new ReviewOperator(name, id);
    }
}

/// <summary>The local host: the operator configured for it (<c>Admin:OperatorName</c>, else <c>local:{OS user}</c>); the admin key proves the right, not the person.</summary>
public sealed class ConfiguredOperatorIdentity(IOptions<AdminOptions> options) : IOperatorIdentity
{
    public ReviewOperator OperatorOf(HttpRequest request) => new(options.Value.OperatorName is { Length: > 0 } name ? name : "local:" + Environment.UserName);
}
