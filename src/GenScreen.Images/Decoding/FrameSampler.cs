namespace GenScreen.Images.Decoding;

/// <summary>
/// Chooses which frames of an animation to screen. Evenly spaced and always including the first frame (the
/// poster most viewers show) and the last (where a "reveal" would end); nothing random, so a moderation
/// decision can be reproduced.
/// </summary>
internal static class FrameSampler
{
    /// <summary>Ascending, distinct frame indices; all frames when there are at most <paramref name="maxFrames"/>.</summary>
    internal static int[] Sample(int frameCount, int maxFrames)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frameCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrames, 1);
        if (frameCount <= maxFrames)
        {
            return Enumerable.Range(0, frameCount).ToArray();
        }

        if (maxFrames == 1)
        {
            return [0];
        }

        var indices = new int[maxFrames];
        long span = frameCount - 1;
        long steps = maxFrames - 1;
        for (int i = 0; i < maxFrames; i++)
        {
            // Rounded i * span / steps in integers; spacing is at least 1 because frameCount > maxFrames.
            indices[i] = (int)(((i * span) + (steps / 2)) / steps);
        }

        return indices;
    }
}
