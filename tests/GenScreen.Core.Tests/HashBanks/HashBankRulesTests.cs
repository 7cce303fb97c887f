using GenScreen.Core.Configuration;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Images;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.HashBanks;

/// <summary>What bank matches do to image verdicts, through a real bank snapshot and the real image rules.</summary>
public sealed class HashBankRulesTests
{
    private static readonly ImageClassScores Neutral = new(0.02, 0.00, 0.95, 0.01, 0.02, "test");
    private static readonly ImageClassScores Explicit = new(0.01, 0.02, 0.05, 0.90, 0.02, "test");
    private static readonly ImageClassScores Suggestive = new(0.02, 0.01, 0.20, 0.04, 0.73, "test");

    private static readonly Random Random = new(11);
    private static readonly PdqHash Known = RandomHashes.Next(Random);
    private static readonly PdqHash FalsePositive = RandomHashes.Next(Random);

    private static HashBankSet Banks(params LoadedHashBank[] banks) => new(banks);

    private static LoadedHashBank BlockBank(params HashBankEntry[] entries) =>
        new(new HashBank("ncmec", HashBankKind.Block, HarmCategory.SexualMinors, 31, 1), entries);

    private static LoadedHashBank AllowBank(params HashBankEntry[] entries) =>
        new(new HashBank("fp", HashBankKind.Allow, null, 31, 1), entries);

    private static PdqHashes Image(PdqHash hash, int quality = 100) =>
        new(hash, quality, [hash, .. Enumerable.Range(1, 7).Select(_ => RandomHashes.Next(Random))]);

    private static ImageVerdict Decide(ImageClassScores scores, string policy, HashBankSet banks, PdqHashes image, string? prompt = null, HashBankOptions? options = null)
    {
        Assert.True(TestScreeners.Default.TryGetPolicy(policy, out var p));
        var promptVerdict = prompt is null ? null : TestScreeners.Default.Screen(prompt, null, policy);
        var verdict = ImageRules.Decide(scores, promptVerdict, p, new ImageThresholds(), "v", []);
        options ??= new HashBankOptions();
        return HashBankRules.Apply(verdict, banks.Match([image], options.MinQuality), options);
    }

    [Fact]
    public void Block_bank_match_blocks_a_neutral_image_under_mature_with_the_banks_category()
    {
        var verdict = Decide(Neutral, "mature", Banks(BlockBank(new HashBankEntry(Known, Label: "case 17"))), Image(RandomHashes.Flip(Known, 12, Random)));

        Assert.Equal(Decision.Block, verdict.Decision);
        var reason = verdict.Reasons[0];
        Assert.Equal(HashBankRules.Match, reason.Code);
        Assert.Equal("ncmec", reason.Term);
        Assert.Contains("distance 12 ≤ 31", reason.Message, StringComparison.Ordinal);
        Assert.Contains("label 'case 17'", reason.Message, StringComparison.Ordinal);
        Assert.Equal(7, verdict.Categories.Single(c => c.Category == HarmCategory.SexualMinors).Severity);
    }

    [Fact]
    public void A_rotated_or_mirrored_copy_matches_through_a_variant()
    {
        var banks = Banks(BlockBank(new HashBankEntry(Known)));
        var image = new PdqHashes(RandomHashes.Next(Random), 100, [RandomHashes.Next(Random), RandomHashes.Next(Random), RandomHashes.Next(Random), RandomHashes.Next(Random), RandomHashes.Next(Random), RandomHashes.Flip(Known, 3, Random), RandomHashes.Next(Random), RandomHashes.Next(Random)]);

        var match = banks.Match([image], 50).Block;

        Assert.NotNull(match);
        Assert.Equal((3, PdqDihedral.FlipHorizontal), (match.Distance, match.Variant));
    }

    [Fact]
    public void Past_the_banks_distance_or_below_the_quality_floor_nothing_matches()
    {
        var banks = Banks(BlockBank(new HashBankEntry(Known)));
        Assert.Equal(Decision.Allow, Decide(Neutral, "mature", banks, Image(RandomHashes.Flip(Known, 32, Random))).Decision);

        var lowQuality = banks.Match([Image(Known, quality: 49)], 50);
        Assert.Null(lowQuality.Block);
        Assert.True(lowQuality.LowQuality);
    }

    [Fact]
    public void Allow_bank_lowers_a_classifier_only_block_to_review()
    {
        var verdict = Decide(Explicit, "strict", Banks(AllowBank(new HashBankEntry(FalsePositive))), Image(FalsePositive));

        Assert.Equal(Decision.Review, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == HashBankRules.AllowMatch && r.Message.Contains("lowered to review", StringComparison.Ordinal));
    }

    [Fact]
    public void Allow_bank_never_overrides_a_minors_rule()
    {
        var verdict = Decide(Suggestive, "mature", Banks(AllowBank(new HashBankEntry(FalsePositive))), Image(FalsePositive), prompt: "a 12 year old girl in a bikini");

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == HashBankRules.AllowMatch && r.Message.Contains("stands", StringComparison.Ordinal));
    }

    [Fact]
    public void With_both_kinds_matching_block_wins_unless_configured()
    {
        var banks = Banks(BlockBank(new HashBankEntry(Known)), AllowBank(new HashBankEntry(Known)));

        Assert.Equal(Decision.Block, Decide(Neutral, "mature", banks, Image(Known)).Decision);
        Assert.Equal(Decision.Allow, Decide(Neutral, "mature", banks, Image(Known), options: new HashBankOptions { AllowWinsOverBlock = true }).Decision);
    }

    [Fact]
    public void Every_entry_keeps_its_details_after_the_bank_sorts_its_hashes()
    {
        var random = new Random(5);
        var entries = Enumerable.Range(0, 6_000).Select(i => new HashBankEntry(RandomHashes.Next(random), Label: i % 3 == 0 ? $"label {i}" : null)).ToArray();
        var bank = new LoadedHashBank(new HashBank("b", HashBankKind.Block, HarmCategory.Sexual, 31, 1), entries);

        foreach (var e in entries)
        {
            var (index, distance) = bank.Index.Nearest(e.Hash, 0);
            Assert.Equal((e, 0), (bank.Entry(index), distance));
        }
    }

    [Fact]
    public void Entry_category_overrides_the_banks()
    {
        var bank = new LoadedHashBank(new HashBank(HashBank.Quarantined, HashBankKind.Block, HarmCategory.Sexual, 31, 1), [new HashBankEntry(Known, VerdictId: "abc", Category: HarmCategory.SexualRealPerson)]);
        var verdict = Decide(Neutral, "mature", Banks(bank), Image(Known));

        Assert.Equal(6, verdict.Categories.Single(c => c.Category == HarmCategory.SexualRealPerson).Severity);
        Assert.Contains("verdict abc", verdict.Reasons[0].Message, StringComparison.Ordinal);
    }
}
