namespace GenScreen.ContentSafety.Tests;

/// <summary>Base of the wire-contract test classes: a fresh loopback server and key per test.</summary>
public abstract class LoopbackContractTest : IAsyncLifetime
{
    /// <summary>Settable so a test can replace it (e.g. to leave an endpoint with nothing listening).</summary>
    private protected LoopbackServer Server { get; set; } = null!;

    protected string Key { get; } = TestClients.NewKey();

    public async Task InitializeAsync() => Server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
