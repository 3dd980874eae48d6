using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Glocal.Web.Tests.Infrastructure;

namespace Glocal.Web.Tests.Reliability;

/// <summary>A 100 MB upload is refused with a clear problem, on the real server, before it is read into memory.</summary>
[Collection(OwnServerCollection.Name)]
public class OversizedUploadTests
{
    [Fact]
    public async Task Upload_Of100Megabytes_IsRefusedWith413AndACode()
    {
        await using var app = new GlocalAppFactory();
        app.UseKestrel(0);
        await app.InitializeAsync();
        app.StartServer();
        var token = await app.IssueTokenAsync("ansan.counsellor", null);
        var ct = TestContext.Current.CancellationToken;
        var server = app.ClientOptions.BaseAddress;

        // A raw connection, as a client that announces 100 MB and starts sending would: the answer must come
        // back while the body is still on its way, so an HTTP client library that insists on sending it all is no use.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, ct);
        var stream = tcp.GetStream();
        var head = $"POST /api/v1/residents/clients HTTP/1.1\r\nHost: {server.Authority}\r\nAuthorization: Bearer {token}\r\n" +
                   $"Content-Type: application/json\r\nContent-Length: {100L * 1024 * 1024}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
        await stream.WriteAsync(new byte[256 * 1024], ct);

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var status = await reader.ReadLineAsync(ct);
        status.ShouldStartWith("HTTP/1.1 413");
        var response = await ReadToEndOfJsonAsync(reader, ct);
        JsonDocument.Parse(response).RootElement.GetProperty("code").GetString().ShouldBe("payload_too_large");
    }

    private static async Task<string> ReadToEndOfJsonAsync(StreamReader reader, CancellationToken ct)
    {
        var text = new StringBuilder();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            text.AppendLine(line);
            var all = text.ToString();
            var start = all.IndexOf('{', StringComparison.Ordinal);
            if (start >= 0 && all.TrimEnd().EndsWith('}'))
            {
                return all[start..].Trim();
            }
        }

        throw new InvalidOperationException("The server closed the connection without a problem document: " + text);
    }
}
