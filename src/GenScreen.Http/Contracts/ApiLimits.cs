namespace GenScreen.Http.Contracts;

/// <summary>Hard limits of the HTTP API, checked before any screening work.</summary>
public static class ApiLimits
{
    /// <summary>Largest request body accepted (64 KiB): a 10,000-character prompt plus negative prompt fits with room.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Longest request id, user id or model name.</summary>
    public const int MaxIdLength = 128;
}
