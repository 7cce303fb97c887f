using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GenScreen.Integration.Tests.Fixtures;

/// <summary>What <see cref="FaultProxy"/> does to one HTTP request.</summary>
public enum ProxyFault
{
    /// <summary>Forwarded unchanged.</summary>
    None,

    /// <summary>Answered 503 Server Busy without reaching storage.</summary>
    ServiceUnavailable,

    /// <summary>The connection is reset before the request reaches storage.</summary>
    DropBeforeForward,

    /// <summary>Storage executes the request, then the connection is reset: the answer is lost (the nasty one).</summary>
    DropAfterForward,

    /// <summary>No answer for <see cref="FaultProxy.StallFor"/>, then a reset: a timeout to the client.</summary>
    Stall,

    /// <summary>Forwarded, but the answer arrives late and in pieces.</summary>
    Slow,
}

/// <summary>
/// A loopback HTTP/1.1 proxy in front of a real Azurite port that injects faults per request on a schedule. Each
/// request gets its own upstream connection (<c>Connection: close</c>), so faults hit requests, not pooled sockets.
/// A request is never faulted twice in a row for the same method and path: the client's retry of a faulted request
/// goes through, so "retries succeed" is deterministic whatever runs concurrently. <see cref="IsDown"/> resets every
/// request (storage dead); <see cref="TargetPort"/> can be switched to a restarted server.
/// </summary>
public sealed class FaultProxy : LoopbackProxy
{
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();
    private readonly Func<long, ProxyFault> _schedule;
    private readonly ConcurrentDictionary<string, bool> _lastFaulted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ProxyFault, int> _injected = new();
    private long _requests;

    /// <param name="schedule">The fault for the n-th request (1-based), before the never-twice rule.</param>
    public FaultProxy(int targetPort, Func<long, ProxyFault> schedule)
        : base(targetPort)
    {
        _schedule = schedule;
        Start();
    }

    public TimeSpan StallFor { get; init; } = TimeSpan.FromSeconds(4);

    public TimeSpan SlowBy { get; init; } = TimeSpan.FromMilliseconds(300);

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>How many requests got each fault (so a test can prove the faults happened).</summary>
    public int Injected(ProxyFault fault) => _injected.GetValueOrDefault(fault);

    /// <summary>Every <paramref name="every"/>-th request gets the next of <paramref name="faults"/>, in turn.</summary>
    public static Func<long, ProxyFault> Cycle(int every, params ProxyFault[] faults) =>
        n => n % every == 0 ? faults[(int)(n / every % faults.Length)] : ProxyFault.None;

    /// <summary>A connection string for the same account with the blob and/or table endpoint through a proxy.</summary>
    public static string Route(string connectionString, FaultProxy? blob, FaultProxy? table) =>
        string.Join(';', connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part =>
            part.StartsWith("BlobEndpoint=", StringComparison.Ordinal) && blob is not null ? $"BlobEndpoint=http://127.0.0.1:{blob.Port}/devstoreaccount1"
            : part.StartsWith("TableEndpoint=", StringComparison.Ordinal) && table is not null ? $"TableEndpoint=http://127.0.0.1:{table.Port}/devstoreaccount1"
            : part)) + ";";

    protected override async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                if (await ReadRequestAsync(stream) is not { } request)
                {
                    return;
                }

                var fault = Decide(request.Key);
                switch (fault)
                {
                    case ProxyFault.ServiceUnavailable:
                        await stream.WriteAsync("HTTP/1.1 503 Service Unavailable\r\nx-ms-error-code: ServerBusy\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), Stopping);
                        return;
                    case ProxyFault.DropBeforeForward:
                        Reset(client);
                        return;
                    case ProxyFault.Stall:
                        await Task.Delay(StallFor, Stopping);
                        Reset(client);
                        return;
                }

                if (fault == ProxyFault.Slow)
                {
                    await Task.Delay(SlowBy, Stopping);
                }

                var response = await ForwardAsync(request.Bytes);
                if (fault == ProxyFault.DropAfterForward)
                {
                    Reset(client);
                    return;
                }

                if (fault == ProxyFault.Slow && response.Length > 1)
                {
                    await stream.WriteAsync(response.AsMemory(0, response.Length / 2), Stopping);
                    await stream.FlushAsync(Stopping);
                    await Task.Delay(SlowBy, Stopping);
                    await stream.WriteAsync(response.AsMemory(response.Length / 2), Stopping);
                }
                else
                {
                    await stream.WriteAsync(response, Stopping);
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // the client or storage went away
            }
        }
    }

    private ProxyFault Decide(string key)
    {
        var n = Interlocked.Increment(ref _requests);
        if (IsDown)
        {
            Count(ProxyFault.DropBeforeForward);
            return ProxyFault.DropBeforeForward;
        }

        var fault = _schedule(n);
        var faulted = fault is not (ProxyFault.None or ProxyFault.Slow);
        if (faulted && _lastFaulted.GetValueOrDefault(key))
        {
            fault = ProxyFault.None; // the retry of a faulted request goes through
            faulted = false;
        }

        _lastFaulted[key] = faulted;
        Count(fault);
        return fault;
    }

    private void Count(ProxyFault fault) => _injected.AddOrUpdate(fault, 1, (_, c) => c + 1);

    /// <summary>The request as bytes with <c>Connection: close</c>, and its method + path (query dropped) as the retry key.</summary>
    private async Task<(byte[] Bytes, string Key)?> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int headEnd;
        while ((headEnd = buffer.GetBuffer().AsSpan(0, (int)buffer.Length).IndexOf(HeadEnd)) < 0)
        {
            var read = await stream.ReadAsync(chunk, Stopping);
            if (read == 0)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        var head = Encoding.ASCII.GetString(buffer.GetBuffer(), 0, headEnd);
        var lines = head.Split("\r\n");
        if (lines.Any(l => l.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase)))
        {
            throw new IOException("Chunked request bodies are not supported by the fault proxy.");
        }

        var length = lines.Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => long.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        var bodyStart = headEnd + HeadEnd.Length;
        while (buffer.Length - bodyStart < length)
        {
            var read = await stream.ReadAsync(chunk, Stopping);
            if (read == 0)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        var rewritten = string.Join("\r\n", lines.Where(l => !l.StartsWith("Connection:", StringComparison.OrdinalIgnoreCase))) + "\r\nConnection: close\r\n\r\n";
        var bytes = new MemoryStream();
        bytes.Write(Encoding.ASCII.GetBytes(rewritten));
        bytes.Write(buffer.GetBuffer(), bodyStart, (int)(buffer.Length - bodyStart));
        var requestLine = lines[0].Split(' ');
        var key = requestLine.Length > 1 ? requestLine[0] + " " + requestLine[1].Split('?')[0] : lines[0];
        return (bytes.ToArray(), key);
    }

    /// <summary>Sends the request on a fresh connection and reads the whole answer (storage closes after it).</summary>
    private async Task<byte[]> ForwardAsync(byte[] request)
    {
        using var upstream = new TcpClient();
        await upstream.ConnectAsync(IPAddress.Loopback, TargetPort, Stopping);
        var stream = upstream.GetStream();
        await stream.WriteAsync(request, Stopping);
        var response = new MemoryStream();
        await stream.CopyToAsync(response, Stopping);
        return response.ToArray();
    }
}
