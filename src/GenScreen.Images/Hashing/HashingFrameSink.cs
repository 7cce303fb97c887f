using GenScreen.Core.HashBanks;
using GenScreen.Images.Decoding;

namespace GenScreen.Images.Hashing;

/// <summary>
/// Hashes every frame the decoder produces, on the decode thread, from the same pixels the classifier reads (no
/// second decode), then hands the frame on. Every frame is matched against the banks, as every frame is
/// classified: a banked picture hidden as one frame of an animation is found. Costs about one PDQ per frame
/// (docs/hashing.md) and 8 small hashes per frame of memory.
/// </summary>
internal sealed class HashingFrameSink(IFrameSink inner, TimeProvider time) : IFrameSink
{
    private readonly List<(int Index, PdqHashes Hashes)> _frames = [];
    private long _ticks;

    public IReadOnlyList<PdqHashes> Hashes => [.. _frames.Select(f => f.Hashes)];

    /// <summary>Time spent hashing (the hashing stage's share of the decode loop), on the screener's clock.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(_ticks);

    public bool Accept(DecodedFrame frame)
    {
        var started = time.GetTimestamp();
        _frames.Add((frame.Index, PdqHasher.Hash(frame.Rgb.Span, frame.Width, frame.Height)));
        _ticks += time.GetElapsedTime(started).Ticks;
        return inner.Accept(frame);
    }

    /// <summary>The recorded hash: the frame with file index <paramref name="frameIndex"/> (the worst one), else the first.</summary>
    public ImagePdq? Recorded(int frameIndex)
    {
        if (_frames.Count == 0)
        {
            return null;
        }

        var (index, hashes) = _frames.FirstOrDefault(f => f.Index == frameIndex) is { Hashes: not null } found ? found : _frames[0];
        return new ImagePdq(hashes.Hash, hashes.Quality, index);
    }
}
