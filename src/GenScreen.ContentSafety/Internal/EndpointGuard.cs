namespace GenScreen.ContentSafety;

/// <summary>
/// Refuses endpoints that would send the key or token in clear text: https is required, except on
/// loopback (local emulators and the contract tests).
/// </summary>
internal static class EndpointGuard
{
    public static Uri Normalize(Uri endpoint, string paramName)
    {
        ArgumentNullException.ThrowIfNull(endpoint, paramName);
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("The Content Safety endpoint must be an absolute URL, e.g. https://<resource>.cognitiveservices.azure.com.", paramName);
        }

        bool https = endpoint.Scheme == Uri.UriSchemeHttps;
        bool loopbackHttp = endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback;
        if (!https && !loopbackHttp)
        {
            throw new ArgumentException("The Content Safety endpoint must use https (plain http is allowed only on loopback).", paramName);
        }

        if (!string.IsNullOrEmpty(endpoint.Query) || !string.IsNullOrEmpty(endpoint.Fragment))
        {
            throw new ArgumentException("The Content Safety endpoint must not carry a query or fragment.", paramName);
        }

        // Keep any base path (e.g. behind a gateway) but drop the trailing slash so "/contentsafety" joins cleanly.
        return new Uri(endpoint.AbsoluteUri.TrimEnd('/'), UriKind.Absolute);
    }
}
