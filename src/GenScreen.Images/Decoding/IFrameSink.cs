namespace GenScreen.Images.Decoding;

/// <summary>
/// Receives every frame of an image on the decode thread, in file order, as soon as it is decoded, so an
/// animation is screened frame by frame without holding all its frames in memory.
/// </summary>
internal interface IFrameSink
{
    /// <summary>
    /// Called once per frame. The frame's pixels are only valid during the call unless the sink returns true:
    /// a kept frame's buffer is left alone until the sink keeps a later frame (at most two RGB buffers exist at
    /// any time); the others are overwritten by the next frame. Exceptions propagate to the decoder's caller.
    /// </summary>
    /// <returns>True to keep this frame (for example the worst frame so far).</returns>
    bool Accept(DecodedFrame frame);
}
