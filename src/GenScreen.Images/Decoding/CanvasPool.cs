namespace GenScreen.Images.Decoding;

/// <summary>
/// The decoder's RGBA canvases (pinned, on the pinned object heap), kept for the next decode instead of left to the GC.
/// A 1024² image needs a 4 MiB canvas; allocating one per image made every image a large allocation that only a gen-2
/// collection frees, and gen 2 walks the whole heap (hundreds of MB of lexicons in the app). Bounded: at most
/// <see cref="MaxKept"/> canvases of at most <see cref="MaxPooledBytes"/> each are kept (64 MiB at worst, 8 MiB for the
/// usual 1024² images with two screenings at a time); larger canvases are allocated and dropped as before.
/// </summary>
/// <remarks>
/// A canvas is returned by the decode thread itself once its last native call has returned, so a decode abandoned
/// inside Skia (timeout) keeps its canvas until it really ends and never shares it. A rented canvas is cleared over
/// the requested length before it is handed out: Skia is told the first frame's destination is zero-initialized,
/// and nothing of an earlier image may show through a frame that does not cover the canvas.
/// </remarks>
internal static class CanvasPool
{
    /// <summary>Largest canvas kept: 2048² RGBA (16 MiB).</summary>
    internal const int MaxPooledBytes = 2048 * 2048 * LimitChecks.CanvasBytesPerPixel;

    /// <summary>Canvases kept at most: one per decode in flight on a 2-core host, and two more.</summary>
    internal const int MaxKept = 4;

    private static readonly List<byte[]> Kept = [];

    /// <summary>A pinned array of at least <paramref name="length"/> bytes whose first <paramref name="length"/> bytes are zero.</summary>
    internal static byte[] Rent(int length)
    {
        if (length <= MaxPooledBytes)
        {
            byte[]? best = null;
            lock (Kept)
            {
                // The smallest kept canvas that is large enough, so a small image does not take the large one.
                int at = -1;
                for (int i = 0; i < Kept.Count; i++)
                {
                    if (Kept[i].Length >= length && (at < 0 || Kept[i].Length < Kept[at].Length))
                    {
                        at = i;
                    }
                }

                if (at >= 0)
                {
                    best = Kept[at];
                    Kept.RemoveAt(at);
                }
            }

            if (best is not null)
            {
                Array.Clear(best, 0, length);
                return best;
            }
        }

        return GC.AllocateArray<byte>(length, pinned: true); // zeroed by the runtime
    }

    /// <summary>Keeps <paramref name="canvas"/> for a later decode when it is small enough and the pool has room; else drops it.</summary>
    internal static void Return(byte[] canvas)
    {
        if (canvas.Length > MaxPooledBytes)
        {
            return;
        }

        lock (Kept)
        {
            if (Kept.Count < MaxKept)
            {
                Kept.Add(canvas);
                return;
            }

            // Full: keep the larger of the smallest kept one and this one, so the pool drifts towards sizes that fit more images.
            int smallest = 0;
            for (int i = 1; i < Kept.Count; i++)
            {
                if (Kept[i].Length < Kept[smallest].Length)
                {
                    smallest = i;
                }
            }

            if (Kept[smallest].Length < canvas.Length)
            {
                Kept[smallest] = canvas;
            }
        }
    }

    /// <summary>Bytes held by kept canvases (tests and diagnostics).</summary>
    internal static long KeptBytes
    {
        get
        {
            lock (Kept)
            {
                return Kept.Sum(c => (long)c.Length);
            }
        }
    }
}
