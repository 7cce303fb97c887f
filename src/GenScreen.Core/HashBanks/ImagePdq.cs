namespace GenScreen.Core.HashBanks;

/// <summary>The PDQ hash recorded for a screened image: that of its worst frame (frame 0 of a still image).</summary>
public sealed record ImagePdq(PdqHash Hash, int Quality, int Frame);
