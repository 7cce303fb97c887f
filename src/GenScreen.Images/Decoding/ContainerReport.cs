namespace GenScreen.Images.Decoding;

/// <summary>
/// What the managed container walk learned. Header facts (dimensions, pixel format) are kept even when the
/// walk failed later, so a truncated decompression bomb is still refused for its size.
/// </summary>
internal sealed record ContainerReport
{
    /// <summary>Nothing parsed yet; the walkers start from this and add facts with <c>with</c>.</summary>
    internal static ContainerReport Empty { get; } = new();

    internal ContainerStatus Status { get; init; }

    internal string Message { get; init; } = string.Empty;

    /// <summary>True when the header was parsed and <see cref="Width"/>/<see cref="Height"/> are the declared canvas.</summary>
    internal bool HasHeader { get; init; }

    internal long Width { get; init; }

    internal long Height { get; init; }

    internal SourcePixelFormat PixelFormat { get; init; } = SourcePixelFormat.Unknown;

    /// <summary>Frames the container holds (image descriptors, ANMF chunks); 1 for still images.</summary>
    internal int FrameCount { get; init; }

    /// <summary>JPEG only: the offset just past the end-of-image marker (anything after it is not this image).</summary>
    internal int EndOffset { get; init; }

    internal ContainerReport Truncated(string message) => this with { Status = ContainerStatus.Truncated, Message = message };

    internal ContainerReport Corrupt(string message) => this with { Status = ContainerStatus.Corrupt, Message = message };

    internal ContainerReport Complete() => this with { Status = ContainerStatus.Complete };
}
