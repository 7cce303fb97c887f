using GenScreen.Images.Decoding;

namespace GenScreen.Images.Tests.Decoding;

/// <summary>Frames handed to a sink one at a time, as the image screener classifies them: all of them, in order, with bounded buffers.</summary>
public sealed class SafeImageDecoderStreamingTests
{
    [Fact]
    public void Decode_WithSink_DeliversEveryFrameInOrderAndReturnsNone()
    {
        var sink = new RecordingSink(keep: _ => false);

        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("animated-12.gif"), null, null, new ImageDecodeLimits(), sink, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(Enumerable.Range(0, 12), sink.Indices);
        Assert.Equal(Enumerable.Range(0, 12), sink.BarPositions.Select(x => x / 2)); // each frame's own content, seen while it was current
        Assert.Equal(12, result.FramesScreened);
        Assert.Empty(result.Frames);
    }

    [Fact]
    public void Decode_SinkKeepsAFrame_ItsPixelsSurviveTheFramesAfterIt()
    {
        DecodedFrame? kept = null;
        var sink = new RecordingSink(keep: f =>
        {
            if (f.Index != 3)
            {
                return false;
            }

            kept = f;
            return true;
        });

        var result = SafeImageDecoder.Decode(DecodingFixtures.Read("animated-12.gif"), null, null, new ImageDecodeLimits(), sink, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.NotNull(kept);
        Assert.Equal(6, RecordingSink.BarAt(kept)); // still frame 3 after frames 4..11 were decoded
    }

    [Fact]
    public void Decode_SinkReusesBuffers_AtMostTwoDistinctFrameBuffers()
    {
        // Keeping every other frame forces the swap between the kept and the spare buffer on every frame.
        var sink = new RecordingSink(keep: f => f.Index % 2 == 0);

        SafeImageDecoder.Decode(DecodingFixtures.Read("animated-12.gif"), null, null, new ImageDecodeLimits(), sink, CancellationToken.None);

        Assert.InRange(sink.DistinctBuffers, 1, 2);
    }

    [Fact]
    public void Decode_SinkThrows_TheCallerGetsThatExceptionNotAVerdict()
    {
        var sink = new RecordingSink(keep: f => f.Index == 5 ? throw new InvalidOperationException("classifier failed") : false);

        var e = Assert.Throws<InvalidOperationException>(() =>
            SafeImageDecoder.Decode(DecodingFixtures.Read("animated-12.gif"), null, null, new ImageDecodeLimits(), sink, CancellationToken.None));

        Assert.Equal("classifier failed", e.Message);
    }

    [Theory]
    [InlineData("animated-12.gif")] // decoded
    [InlineData("truncated")]      // refused on the decode thread
    [InlineData("empty")]          // refused before any thread starts
    public void Decode_AnyOutcome_ReportsBuffersReleasedExactlyOnce(string input)
    {
        byte[] bytes = input switch
        {
            "empty" => [],
            "truncated" => DecodingFixtures.Read("quadrants.png")[..100],
            _ => DecodingFixtures.Read(input),
        };
        using var released = new CountdownEvent(1);
        var calls = 0;

        SafeImageDecoder.Decode(bytes, null, null, new ImageDecodeLimits(), new RecordingSink(_ => false), CancellationToken.None, () =>
        {
            Interlocked.Increment(ref calls);
            released.Signal();
        });

        Assert.True(released.Wait(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, Volatile.Read(ref calls));
    }

    private sealed class RecordingSink(Func<DecodedFrame, bool> keep) : IFrameSink
    {
        private readonly HashSet<byte[]> _buffers = new(ReferenceEqualityComparer.Instance);

        public List<int> Indices { get; } = [];

        public List<int> BarPositions { get; } = [];

        public int DistinctBuffers => _buffers.Count;

        public bool Accept(DecodedFrame frame)
        {
            Indices.Add(frame.Index);
            BarPositions.Add(BarAt(frame));
            if (System.Runtime.InteropServices.MemoryMarshal.TryGetArray(frame.Rgb, out var segment))
            {
                _buffers.Add(segment.Array!);
            }

            return keep(frame);
        }

        /// <summary>The x of the white bar in row 4 of animated-12.gif's frames (frame i has it at 2i, i ≥ 1); -1 if none.</summary>
        public static int BarAt(DecodedFrame frame)
        {
            for (int x = 0; x < frame.Width; x++)
            {
                if (frame.GetPixel(x, 4) == (255, 255, 255))
                {
                    return x;
                }
            }

            return -1;
        }
    }
}
