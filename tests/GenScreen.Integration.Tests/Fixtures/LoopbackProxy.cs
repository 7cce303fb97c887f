using System.Net;
using System.Net.Sockets;

namespace GenScreen.Integration.Tests.Fixtures;

/// <summary>
/// A loopback listener in front of a real Azurite port: accepts connections until disposed and hands each to
/// <see cref="ServeAsync"/>. The proxies (<see cref="FlakyTcpProxy"/>, <see cref="FaultProxy"/>) differ only in what
/// they do with a connection; the listening, the accept loop and the shutdown are the same and live here.
/// </summary>
public abstract class LoopbackProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private Task? _acceptLoop;
    private volatile bool _isDown;
    private volatile int _targetPort;

    protected LoopbackProxy(int targetPort) => _targetPort = targetPort;

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The storage port connections go to; can be switched to a restarted server.</summary>
    public int TargetPort { get => _targetPort; set => _targetPort = value; }

    /// <summary>Storage is dead: what that means for a connection is the proxy's choice (<see cref="ServeAsync"/>).</summary>
    public bool IsDown { get => _isDown; set => _isDown = value; }

    /// <summary>Cancelled when the proxy is disposed.</summary>
    protected CancellationToken Stopping => _stop.Token;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await (_acceptLoop ?? Task.CompletedTask);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Resets a connection (RST, like a dead endpoint) when it is closed.</summary>
    protected static void Reset(TcpClient client) => client.Client.LingerState = new LingerOption(true, 0);

    /// <summary>Starts listening; derived constructors call it last, once their own state is set.</summary>
    protected void Start()
    {
        _listener.Start();
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>Serves one accepted connection and disposes it.</summary>
    protected abstract Task ServeAsync(TcpClient client);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }
}
