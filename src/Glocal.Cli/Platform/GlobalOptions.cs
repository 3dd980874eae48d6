using System.CommandLine;

namespace Glocal.Cli.Platform;

/// <summary>Options every database command accepts.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Provider = new("--provider")
    {
        Description = "Database engine: Sqlite or Postgres (default: configuration, else Sqlite)",
        Recursive = true,
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "Connection string (default: configuration, else 'Data Source=glocal.db')",
        Recursive = true,
    };
}
