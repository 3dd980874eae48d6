using System.ComponentModel.DataAnnotations;

namespace Glocal.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// When a SQLite commit waits for the disk (the <c>synchronous</c> pragma). In WAL mode <c>Normal</c> survives a
/// crash or kill of the process without losing a committed write, and keeps the file consistent on power loss
/// (the last commits may roll back); <c>Full</c> also keeps those, at the price of an fsync per commit.
/// </summary>
public enum SqliteCommitDurability
{
    Normal,
    Full,
}

/// <summary>Which engine holds the data. SQLite by default so the app runs with no set-up.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required]
    public string ConnectionString { get; set; } = "Data Source=glocal.db";

    /// <summary>SQLite only; see ADR 0072.</summary>
    public SqliteCommitDurability SqliteDurability { get; set; } = SqliteCommitDurability.Normal;
}
