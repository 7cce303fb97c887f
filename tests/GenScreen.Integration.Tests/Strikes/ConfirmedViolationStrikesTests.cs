using System.Globalization;
using Azure.Data.Tables;
using GenScreen.Core.Review;
using GenScreen.Core.Verdicts;
using GenScreen.Integration.Tests.Fixtures;
using GenScreen.Storage.Strikes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GenScreen.Integration.Tests.Strikes;

/// <summary>A moderator's confirmation feeds the repeat-offender count, once per verdict (real Azurite).</summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ConfirmedViolationStrikesTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-01T12:00:00Z", CultureInfo.InvariantCulture);
    private readonly FakeTimeProvider _clock = new(Start);

    [Fact]
    public async Task Confirm_AddsAStrikeOncePerVerdict_ReleaseAndUnknownAuthorsAddNone()
    {
        var ledger = new StrikeLedger(new TableClient(azurite.ConnectionString, AzuriteFixture.UniqueTableName()), Options.Create(new StrikeOptions()), _clock);
        var observer = new ConfirmedViolationStrikes(ledger);

        // A prompt block counted when it was screened; confirming it an hour later must not count it again.
        await ledger.RecordAsync("user-9", "prompt-blocked", "prompt", _clock.GetUtcNow(), "term.sexual", CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1));
        await observer.OnReviewActionAsync(Event("prompt-blocked", "prompt", "confirm", "user-9"), CancellationToken.None);
        Assert.Equal(1, (await ledger.GetSummaryAsync("user-9", CancellationToken.None)).Count);

        // An image whose prompt was allowed: the confirmation is the strike; a second delivery of the event adds nothing.
        await observer.OnReviewActionAsync(Event("image-confirmed", "image", "confirm", "user-9"), CancellationToken.None);
        await observer.OnReviewActionAsync(Event("image-confirmed", "image", "confirm", "user-9"), CancellationToken.None);
        // Neither a release nor a confirmation without a known author counts.
        await observer.OnReviewActionAsync(Event("image-released", "image", "release", "user-9"), CancellationToken.None);
        await observer.OnReviewActionAsync(Event("image-anonymous", "image", "confirm", null), CancellationToken.None);

        var summary = await ledger.GetSummaryAsync("user-9", CancellationToken.None);
        Assert.Equal(["image-confirmed", "prompt-blocked"], summary.Strikes.Select(s => s.VerdictId).Order(StringComparer.Ordinal).ToList());
    }

    private ReviewActionEvent Event(string verdictId, string kind, string action, string? userId) =>
        new(verdictId, kind, action, userId, HarmCategory.SexualMinors, "ops-test", _clock.GetUtcNow(), Guid.NewGuid().ToString("N"));
}
