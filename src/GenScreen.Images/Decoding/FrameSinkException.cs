namespace GenScreen.Images.Decoding;

/// <summary>Carries an exception thrown by an <see cref="IFrameSink"/> out of the decode thread, to be rethrown to the caller as it was.</summary>
internal sealed class FrameSinkException(Exception inner) : Exception("The frame sink failed.", inner);
