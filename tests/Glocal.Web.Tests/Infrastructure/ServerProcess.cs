using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Glocal.Web.Tests.Infrastructure;

/// <summary>
/// The built app as its own operating-system process, as production runs it, so a test can kill it with
/// SIGKILL and start it again on the same database. The glocal CLI runs against the same settings.
/// </summary>
public sealed class ServerProcess(TestDatabase database) : IAsyncDisposable
{
    private readonly Dictionary<string, string> environment = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__Provider"] = database.Provider,
        ["Database__ConnectionString"] = database.ConnectionString,
        ["Demo__SeedOnStart"] = "true",
        ["PersonalData__ActiveKeyId"] = "crash1",
        ["PersonalData__Keys__0__Id"] = "crash1",
        ["PersonalData__Keys__0__Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["PersonalData__LookupKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private Process? server;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    private static string Built(string project, string assembly)
    {
        // The same configuration (Debug/Release) as the test assembly that is running.
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (!File.Exists(Path.Combine(root.FullName, "Glocal.slnx")))
        {
            root = root.Parent ?? throw new InvalidOperationException("Not inside the repository.");
        }

        var path = Path.Combine(root.FullName, "src", project, "bin", configuration, testBin.Name, assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the solution first: {path} is missing.");
    }

    private ProcessStartInfo StartInfo(string assembly, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    /// <summary>Starts the server and waits until it says it is ready (migrations and demo done).</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        if (!environment.ContainsKey("ASPNETCORE_URLS"))
        {
            // A restart listens where the first start did, so clients keep their address.
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            Address = new Uri($"http://127.0.0.1:{port}/");
            environment["ASPNETCORE_URLS"] = Address.ToString();
        }

        server = Process.Start(StartInfo(Built("Glocal.Web", "Glocal.Web.dll"), []))!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {server.ExitCode} while starting.");
            }

            try
            {
                if ((await http.GetAsync("health/ready", ct)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
            {
                // not listening yet, or still busy migrating and seeding
            }

            await Task.Delay(250, ct);
        }

        throw new TimeoutException("The server did not become ready.");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as a power cut or the OOM killer would do it.</summary>
    public async Task KillAsync()
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    /// <summary>Runs a glocal CLI command against the same database and returns what it printed.</summary>
    public async Task<string> CliAsync(CancellationToken ct, params string[] arguments)
    {
        using var cli = Process.Start(StartInfo(Built("Glocal.Cli", "glocal.dll"), arguments))!;
        var output = await cli.StandardOutput.ReadToEndAsync(ct);
        var errors = await cli.StandardError.ReadToEndAsync(ct);
        await cli.WaitForExitAsync(ct);
        return cli.ExitCode == 0 ? output : throw new InvalidOperationException($"glocal {string.Join(' ', arguments)} failed: {errors}{output}");
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        server?.Dispose();
    }
}
