using System.Net;
using System.Net.Sockets;

namespace Glocal.Web.Tests.Infrastructure;

/// <summary>
/// A loopback TCP relay in front of a real server: <see cref="Cut"/> drops every connection and refuses new
/// ones, as a failed network or a stopped server would; <see cref="Restore"/> brings the route back.
/// </summary>
public sealed class TcpRelay : IDisposable
{
    private readonly IPEndPoint target;
    private readonly List<TcpClient> connections = [];
    private TcpListener? listener;
    private CancellationTokenSource? running;

    public TcpRelay(string host, int port)
    {
        target = new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Restore();
    }

    public int Port { get; }

    public void Restore()
    {
        running = new CancellationTokenSource();
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _ = AcceptAsync(listener, running.Token);
    }

    public void Cut()
    {
        running?.Cancel();
        listener?.Stop();
        lock (connections)
        {
            foreach (var connection in connections)
            {
                if (connection.Client is { } socket)
                {
                    socket.LingerState = new LingerOption(true, 0); // reset, as a dead peer would
                }

                connection.Dispose();
            }

            connections.Clear();
        }
    }

    private async Task AcceptAsync(TcpListener accepting, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await accepting.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var outbound = new TcpClient();
            try
            {
                await outbound.ConnectAsync(target, ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                inbound.Dispose();
                outbound.Dispose();
                continue;
            }

            lock (connections)
            {
                connections.Add(inbound);
                connections.Add(outbound);
            }

            _ = PumpAsync(inbound, outbound);
            _ = PumpAsync(outbound, inbound);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The other side went away; the pump in the other direction sees it too.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }

    public void Dispose() => Cut();
}
