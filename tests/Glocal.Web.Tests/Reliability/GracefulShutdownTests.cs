using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Glocal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Glocal.Web.Tests.Reliability;

/// <summary>Stopping the server lets requests already in flight finish and answer.</summary>
[Collection(OwnServerCollection.Name)]
public class GracefulShutdownTests
{
    /// <summary>A JSON body sent in two halves, the second only when the test says so.</summary>
    private sealed class HeldBackContent(string json, Task release) : HttpContent
    {
        public TaskCompletionSource FirstHalfSent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
            await stream.FlushAsync();
            FirstHalfSent.SetResult();
            await release;
            await stream.WriteAsync(bytes.AsMemory(bytes.Length / 2));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = Encoding.UTF8.GetByteCount(json);
            return true;
        }
    }

    [Fact]
    public async Task Shutdown_DuringAWrite_CompletesTheWrite()
    {
        await using var app = new GlocalAppFactory();
        app.UseKestrel(0);
        await app.InitializeAsync();
        app.StartServer();
        var ct = TestContext.Current.CancellationToken;
        var token = await app.IssueTokenAsync("ansan.counsellor", null);
        using var http = new HttpClient { BaseAddress = app.ClientOptions.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var release = new TaskCompletionSource();
        var body = new HeldBackContent("""{"name":"Shutdown Probe","nationality":"VN","languages":"vi"}""", release.Task);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var inFlight = http.PostAsync("/api/v1/residents/clients", body, ct);
        await body.FirstHalfSent.Task.WaitAsync(ct);

        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.StopApplication();
        await Task.Delay(300, ct); // shutdown has begun; the request is still being received
        lifetime.ApplicationStopping.IsCancellationRequested.ShouldBeTrue();
        release.SetResult();

        var response = await inFlight;
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
