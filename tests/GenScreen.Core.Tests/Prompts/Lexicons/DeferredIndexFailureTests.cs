using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts.Lexicons;
using Microsoft.Extensions.Logging;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// A deferred index that fails to build in the background (<see cref="ScreenerWarmup"/>) is not lost: the failure is
/// logged as an error, and the first prompt that needs the index throws it again instead of screening without it.
/// </summary>
public sealed class DeferredIndexFailureTests
{
    [Fact]
    public async Task BackgroundBuildFails_ErrorIsLoggedWithTheException()
    {
        var logger = new RecordingLogger();
        var failure = new InvalidOperationException("index build failed");

        await ScreenerWarmup.BuildInBackground(() => throw failure, logger);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal("DeferredIndexBuildFailed", entry.EventName);
        Assert.Same(failure, entry.Exception);
    }

    [Fact]
    public async Task BackgroundBuildSucceeds_NothingIsLogged()
    {
        var logger = new RecordingLogger();
        var built = false;

        await ScreenerWarmup.BuildInBackground(() => built = true, logger);

        Assert.True(built);
        Assert.Empty(logger.Entries);
    }

    [Fact]
    public void FailedDeferredBuild_IsThrownAgainToTheFirstReaderOfTheIndex()
    {
        var builds = 0;
        var people = new PeopleLexicon(
            new CompactWordSet([]),
            new NameFuzzyIndex([]),
            () =>
            {
                builds++;
                throw new InvalidOperationException("script names failed");
            },
            [string.Empty],
            [[]],
            0,
            new Dictionary<string, (WordTags Tags, byte Language)>(),
            () => new CjkNameTable(new Dictionary<string, string[]>(), new Dictionary<string, string[]>(), [], [], [], []),
            () => new GivenNameKeys([]));

        var background = Assert.Throws<InvalidOperationException>(people.BuildDeferred);
        var firstPrompt = Assert.Throws<InvalidOperationException>(() => people.ScriptNames);

        Assert.Same(background, firstPrompt);
        Assert.Equal(1, builds);
        Assert.False(people.DeferredBuilt);
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string? EventName, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, eventId.Name, exception));
            }
        }
    }
}
