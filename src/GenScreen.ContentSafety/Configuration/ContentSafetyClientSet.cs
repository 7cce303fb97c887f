namespace GenScreen.ContentSafety;

/// <summary>The DI singleton behind both registered clients (they share one credential).</summary>
internal sealed record ContentSafetyClientSet(ContentSafetyClient Analysis, BlocklistClient Blocklists);
