using System.Net;
using System.Net.Sockets;

namespace GenScreen.Integration.Tests.Access;

/// <summary>
/// A loopback TCP listener that answers nothing and counts every connection made to it (HTTP, HTTPS or anything else
/// that resolves to its port): the target of the URLs planted in input. A fetch of any of them is a connection here.
/// </summary>
internal sealed class LoopbackTrap : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _connections;

    public LoopbackTrap()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The same resource as every kind of reference an input can carry.</summary>
    public IReadOnlyList<string> Urls => [
        $"http://127.0.0.1:{Port}/gen/a.png",
        $"https://127.0.0.1:{Port}/gen/b.png",
        $"http://localhost:{Port}/gen/c.png?sig=1",
        $"//127.0.0.1:{Port}/gen/d.png",
        $"file://127.0.0.1:{Port}/share/e.png",
        $@"\\127.0.0.1@{Port}\share\f.png",
        $"ftp://127.0.0.1:{Port}/g.png",
    ];

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                client.Dispose();
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException)
            {
                // a connection reset before it was accepted is still no reason to stop listening
                Interlocked.Increment(ref _connections);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
