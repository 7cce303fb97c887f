using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace GenScreen.Storage.Verdicts.Transactions;

/// <summary>
/// Signs each request (and each retry) with the Table service's documented Shared Key Lite scheme, as the Azure SDK's
/// table client does for a connection string with an account key: <c>x-ms-date</c>, then
/// <c>Authorization: SharedKeyLite {account}:{Base64(HMAC-SHA256(key, date + "\n" + "/" + account + path))}</c>.
/// Used only when the connection is a key (Azurite, local runs); in Azure the pipeline carries a bearer token from the
/// managed identity instead (<see cref="BearerTokenAuthenticationPolicy"/>).
/// </summary>
internal sealed class SharedKeyLitePolicy(string accountName, byte[] accountKey) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var date = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
        message.Request.Headers.SetValue("x-ms-date", date);
        var uri = message.Request.Uri.ToUri();
        var stringToSign = $"{date}\n/{accountName}{(uri.AbsolutePath.Length > 0 ? uri.AbsolutePath : "/")}{CompParameter(uri.Query)}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(stringToSign)));
        message.Request.Headers.SetValue("Authorization", $"SharedKeyLite {accountName}:{signature}");
    }

    /// <summary>Only the <c>comp</c> query parameter is part of the signed resource.</summary>
    private static string CompParameter(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.StartsWith("comp=", StringComparison.OrdinalIgnoreCase))
            {
                return "?comp=" + pair[5..];
            }
        }

        return string.Empty;
    }
}
