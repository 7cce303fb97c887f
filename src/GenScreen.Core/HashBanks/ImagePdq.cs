namespace GenScreen.Core.HashBanks;

/// <summary>The PDQ hash recorded for a screened image: that of its worst frame (frame 0 of a still image).</summary>
/// <param name="Crops">
/// For an image blocked (not by a bank match) while crop entries are on: the hashes of that frame's canonical crops
/// (trimmed 3, 5 and 7 % off each side, corner and around the centre), banked beside <see cref="Hash"/> if the image
/// is quarantined. Not stored with the verdict; null otherwise.
/// </param>
public sealed record ImagePdq(PdqHash Hash, int Quality, int Frame, IReadOnlyList<PdqHash>? Crops = null);
