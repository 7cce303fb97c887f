namespace GenScreen.Images.Tests.Decoding;

/// <summary>
/// Tests that leave decode threads running or read <see cref="GenScreen.Images.Decoding.SafeImageDecoder.AbandonedDecodes"/>
/// (a process-wide count): they run alone, so no other test's decode is refused or counted meanwhile.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DecodeThreadsGroup
{
    public const string Name = "Decode threads";
}
