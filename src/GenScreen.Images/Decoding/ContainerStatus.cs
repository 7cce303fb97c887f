namespace GenScreen.Images.Decoding;

/// <summary>Verdict of the managed container walk that runs before any native decoding.</summary>
internal enum ContainerStatus
{
    /// <summary>Every chunk/segment/block is present up to the format's end marker.</summary>
    Complete,

    /// <summary>The data ends before the end marker.</summary>
    Truncated,

    /// <summary>The structure is invalid.</summary>
    Corrupt,

    /// <summary>Valid, but a variant whose content we cannot fully screen (APNG).</summary>
    Unsupported,
}
