namespace GenScreen.ContentSafety.Tests;

/// <summary>
/// Base of the wire-contract test classes: a fresh loopback server and key per test, and a fake clock on which
/// the server stamps arrivals (timing tests give the same clock to the client).
/// </summary>
public abstract class LoopbackContractTest : IAsyncLifetime
{
    /// <summary>Settable so a test can replace it (e.g. to leave an endpoint with nothing listening).</summary>
    private protected LoopbackServer Server { get; set; } = null!;

    protected string Key { get; } = TestClients.NewKey();

    private protected TestClock Clock { get; } = new();

    public async Task InitializeAsync() => Server = await LoopbackServer.StartAsync(clock: Clock);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
