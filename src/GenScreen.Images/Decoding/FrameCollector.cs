namespace GenScreen.Images.Decoding;

/// <summary>
/// The sink behind the public decode API: a copy of every frame, so the result owns its pixels. Memory is
/// bounded by <see cref="ImageDecodeLimits.MaxTotalPixels"/>, checked before any frame is decoded.
/// </summary>
internal sealed class FrameCollector : IFrameSink
{
    private readonly List<DecodedFrame> _frames = [];

    internal IReadOnlyList<DecodedFrame> Frames => _frames;

    public bool Accept(DecodedFrame frame)
    {
        _frames.Add(new DecodedFrame(frame.Index, frame.Width, frame.Height, frame.DurationMs, frame.Rgb.ToArray()));
        return false;
    }
}
