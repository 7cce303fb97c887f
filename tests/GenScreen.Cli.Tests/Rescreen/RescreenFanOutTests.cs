using Azure.Data.Tables;
using Azure.Storage.Queues;
using GenScreen.Cli.Tests.Infrastructure;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Storage.Rescreen;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenScreen.Cli.Tests.Rescreen;

/// <summary>
/// Issue 11, scale: the queue fan-out on Azurite. Pages are enqueued (one per partition) and processed by the same handler
/// the Functions queue trigger calls, driven by <see cref="RescreenQueueWorker"/> (the host's receive / delete / poison
/// semantics). Every retained verdict is re-screened exactly once, a duplicate page changes nothing, and a page that keeps
/// failing is in the poison queue after the bounded retries while the rest of its partition goes on.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class RescreenFanOutTests(AzuriteFixture azurite)
{
    private static readonly PromptScreener Candidate = ScreeningSetup.CreateScreener(new ScreeningOptions { BlockTerms = ["sexual:6:lighthouse"] });

    private readonly VerdictTables _tables = new(azurite.ConnectionString);
    private readonly QueueClient _pages = Queue(azurite, "pages");
    private readonly QueueClient _poison = Queue(azurite, "poison");
    private readonly RescreenQueueOptions _options = new()
    {
        HistoryTable = AzuriteFixture.UniqueTableName("H"),
        LedgerTable = AzuriteFixture.UniqueTableName("L"),
        Parallelism = 4,
    };

    [Fact]
    public async Task FanOut_AllPartitions_RescreensEveryRetainedVerdictOnce_FollowingPagesWithinAPartition()
    {
        // Several verdicts in one partition, so with two rows a page the chain of continuations is exercised.
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await _tables.SaveAsync($"a lighthouse on a cliff, study {i}", "strict", verdictId: $"ab{i:x2}" + new string('0', 28)));
        }

        for (var i = 0; i < 4; i++)
        {
            ids.Add(await _tables.SaveAsync($"a cat in a hat, take {i}", "mature"));
        }

        var noText = await _tables.SaveAsync("a lighthouse at night", "strict", retainText: false);
        var handler = Handler();

        var (_, messages) = await RescreenFanOut.StartAsync(_pages, _tables.Verdicts, pageSize: 2, CancellationToken.None);
        var deliveries = await Worker(handler).DrainAsync(CancellationToken.None);

        Assert.Equal(256, messages);
        Assert.True(deliveries > messages, $"the partition with 5 rows needs continuation pages ({deliveries} deliveries)");
        foreach (var id in ids)
        {
            Assert.Equal(Candidate.PolicyVersion, (await _tables.GetAsync(id)).Verdict.PolicyVersion);
            Assert.Single(await History().GetHistoryAsync(id, CancellationToken.None));
        }

        Assert.Equal(Core.Verdicts.Decision.Block, (await _tables.GetAsync(ids[0])).Verdict.Decision);
        Assert.NotEqual(Candidate.PolicyVersion, (await _tables.GetAsync(noText)).Verdict.PolicyVersion);
        Assert.Equal(0, await CountAsync(_poison));
        Assert.Equal(0, await CountAsync(_pages));
    }

    [Fact]
    public async Task DuplicatePageMessage_IsIdempotent_NothingRescreenedTwiceAndNoSecondChain()
    {
        var id = await _tables.SaveAsync("a lighthouse on a cliff", "strict", verdictId: "cd" + new string('1', 30));
        var handler = Handler();
        var page = new RescreenPageMessage("run-1", _tables.Verdicts, "cd", null, 10).ToJson();
        await _pages.SendMessageAsync(page);
        await Worker(handler).DrainAsync(CancellationToken.None);
        var before = await _tables.GetAsync(id);

        await _pages.SendMessageAsync(page); // the queue delivered it again (at-least-once)
        var again = await handler.HandleAsync(page, CancellationToken.None);
        await Worker(handler).DrainAsync(CancellationToken.None);

        Assert.Equal((1, 0, 0, false), (again.Rows, again.Rescreened, again.Unsettled, again.Continued));
        Assert.Single(await History().GetHistoryAsync(id, CancellationToken.None));
        Assert.Equal(before.Verdict.PolicyVersion, (await _tables.GetAsync(id)).Verdict.PolicyVersion);
        Assert.Equal(0, await CountAsync(_pages));
    }

    [Fact]
    public async Task PageThatKeepsFailing_IsPoisonAfterTheBoundedRetries_AndTheRestOfItsPartitionIsStillRescreened()
    {
        // An unreadable row never settles: its page is delivered MaxDequeueCount times, then it is poison.
        var after = await _tables.SaveAsync("a lighthouse on a cliff", "strict", verdictId: "ef" + new string('9', 30));
        var verdicts = _tables.Service.GetTableClient(_tables.Verdicts);
        await verdicts.AddEntityAsync(new TableEntity("ef", "ef" + new string('0', 30)) { ["Categories"] = "{not json" });
        var calls = 0;
        var handler = Handler();
        var worker = new RescreenQueueWorker(_pages, _poison, async (text, ct) =>
        {
            Interlocked.Increment(ref calls);
            await handler.HandleAsync(text, ct);
        });
        var page = new RescreenPageMessage("run-2", _tables.Verdicts, "ef", null, 1).ToJson();
        await _pages.SendMessageAsync(page);

        await worker.DrainAsync(CancellationToken.None);

        var poisoned = (await _poison.ReceiveMessagesAsync(32)).Value;
        Assert.Equal(page, Assert.Single(poisoned).MessageText);
        Assert.Equal(RescreenQueueOptions.MaxDequeueCount + 2, calls); // 5 deliveries of the bad page, the next page, the empty end
        Assert.Equal(Candidate.PolicyVersion, (await _tables.GetAsync(after)).Verdict.PolicyVersion);
        Assert.Equal(0, await CountAsync(_pages));
    }

    [Fact]
    public async Task MalformedMessage_IsPoisonAfterTheBoundedRetries()
    {
        await _pages.SendMessageAsync("{\"table\":\"x\"}");

        var deliveries = await Worker(Handler()).DrainAsync(CancellationToken.None);

        Assert.Equal(RescreenQueueOptions.MaxDequeueCount, deliveries);
        Assert.Equal("{\"table\":\"x\"}", Assert.Single((await _poison.ReceiveMessagesAsync(32)).Value).MessageText);
    }

    private RescreenPageHandler Handler() =>
        new(_tables.Service, _pages, () => Candidate, _options, TimeProvider.System, NullLogger<RescreenPageHandler>.Instance);

    private RescreenQueueWorker Worker(RescreenPageHandler handler) => new(_pages, _poison, (text, ct) => handler.HandleAsync(text, ct));

    private PromptVerdictHistoryStore History() => new(_tables.Service.GetTableClient(_options.HistoryTable));

    private static QueueClient Queue(AzuriteFixture azurite, string kind)
    {
        // Base64, as the Functions trigger expects (StorageClients.CreateQueueServiceClient).
        var queue = new QueueClient(azurite.ConnectionString, $"{kind}-{Guid.NewGuid():N}", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        queue.CreateIfNotExists();
        return queue;
    }

    private static async Task<int> CountAsync(QueueClient queue) => (await queue.PeekMessagesAsync(32)).Value.Length;
}
