using System.Net;
using System.Net.Sockets;

namespace GenScreen.Integration.Tests.Fixtures;

/// <summary>
/// A loopback TCP proxy in front of a real Azurite port that can be switched "down" (connections are
/// reset at once) and "up" (bytes are piped through): a real network outage for storage-failure tests.
/// </summary>
public sealed class FlakyTcpProxy : LoopbackProxy
{
    public FlakyTcpProxy(int targetPort)
        : base(targetPort) => Start();

    protected override async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            if (IsDown)
            {
                Reset(client);
                return;
            }

            using var upstream = new TcpClient();
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, TargetPort, Stopping);
                var a = client.GetStream();
                var b = upstream.GetStream();
                await Task.WhenAny(a.CopyToAsync(b, Stopping), b.CopyToAsync(a, Stopping));
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
            {
                // connection ended
            }
        }
    }
}
