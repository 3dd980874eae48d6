using System.Data.Common;
using Glocal.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Glocal.Core.Data;

/// <summary>
/// Writes large numbers of new records straight into their tables, inside the context's current transaction:
/// PostgreSQL's binary COPY, or one prepared INSERT reused per row on SQLite. The columns and the conversion of
/// each value come from the EF model, so a property added to an entity is written without touching this class.
/// It bypasses change tracking and the audit interceptor: a caller records one audit event for the whole load.
/// Owned collections are not written.
/// </summary>
public sealed class BulkWriter(GlocalDbContext db, DataGeneration generation)
{
    /// <summary>Appends <paramref name="rows"/> to <typeparamref name="T"/>'s table; returns how many were written.</summary>
    public async Task<long> WriteAsync<T>(IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk writes run inside a transaction so that a failure leaves nothing behind.");
        }

        var columns = ColumnsOf(typeof(T));
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction.GetDbTransaction();
        var written = connection is NpgsqlConnection npgsql
            ? await CopyAsync(npgsql, columns, rows, ct)
            : await InsertAsync(connection, transaction, columns, rows, ct);

        // The rows bypass the audit interceptor, which moves the generation after a save: remembered figures go here.
        if (!AuditInterceptor.IsAppendOnlyLog(typeof(T)))
        {
            generation.AdvanceShared();
        }

        return written;
    }

    /// <summary>
    /// On SQLite, gives the load's connection a 64 MB page cache until disposed (SQLite's default is 2 MB): a million
    /// cases update six indexes, and with the small cache most of those updates went back to the file.
    /// Dispose it before the commit, while the load still holds its connection; PostgreSQL needs nothing.
    /// </summary>
    public static async Task<IAsyncDisposable> LoadCacheAsync(GlocalDbContext db, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite() && db.Database.CurrentTransaction is not null;
        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = -{LoadCacheKib};", ct);
        }

        return new LoadCache(sqlite ? db : null);
    }

    private const int LoadCacheKib = 65_536;

    private sealed class LoadCache(GlocalDbContext? sqlite) : IAsyncDisposable
    {
        private GlocalDbContext? toRestore = sqlite;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref toRestore, null) is not { } db || db.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
            {
                return;
            }

            try
            {
                // SQLite's default, so the pooled connection does not keep a load-sized cache for ordinary requests.
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000;");
            }
            catch (DbException)
            {
                // The load failed with its connection; the failure that matters is already on its way to the caller.
            }
        }
    }

    private TableColumns ColumnsOf(Type clrType)
    {
        var entityType = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not an entity.");
        var tableName = entityType.GetTableName() ?? throw new InvalidOperationException($"{clrType.Name} has no table.");
        var table = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(table) is not null && p.ValueGenerated != ValueGenerated.OnAddOrUpdate)
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType != typeof(Guid)))
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping()))
            .ToList();
        return new TableColumns(tableName, entityType.GetSchema(), columns);
    }

    private static async Task<long> CopyAsync<T>(NpgsqlConnection connection, TableColumns table, IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        var names = string.Join(", ", table.Columns.Select(c => Quote(c.Name)));
        var target = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        var typeNames = table.Columns.Select(c => BaseTypeName(c.Mapping.StoreType)).ToArray();
        long written = 0;
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {target} ({names}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var value = table.Columns[i].ValueOf(row);
                    if (value is null)
                    {
                        await importer.WriteNullAsync(ct);
                    }
                    else
                    {
                        await importer.WriteAsync(value, typeNames[i], ct);
                    }
                }

                written++;
            }

            await importer.CompleteAsync(ct);
        }

        return written;
    }

    private static async Task<long> InsertAsync<T>(DbConnection connection, DbTransaction transaction, TableColumns table, IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = string.Join(", ", table.Columns.Select(c => Quote(c.Name)));
        var parameters = string.Join(", ", table.Columns.Select((_, i) => $"@p{i}"));
        command.CommandText = $"INSERT INTO {Quote(table.Name)} ({names}) VALUES ({parameters})";
        var bound = table.Columns.Select((c, i) => c.Mapping.CreateParameter(command, $"@p{i}", null, c.Property.IsNullable)).ToArray();
        command.Parameters.AddRange(bound);
        await command.PrepareAsync(ct);
        long written = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < bound.Length; i++)
            {
                bound[i].Value = table.Columns[i].ValueOf(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
            written++;
        }

        return written;
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>"character varying(400)" → "character varying": COPY names the type, the facet is the column's.</summary>
    private static string BaseTypeName(string storeType)
    {
        var facet = storeType.IndexOf('(', StringComparison.Ordinal);
        return facet < 0 ? storeType : storeType[..facet].TrimEnd();
    }

    private sealed record TableColumns(string Name, string? Schema, IReadOnlyList<Column> Columns);

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping)
    {
        private readonly Func<object, object?> read = Reader(Property);

        private readonly Func<object?, object?> toProvider = Mapping.Converter is { } converter ? converter.ConvertToProvider : v => v;

        public object? ValueOf(object entity) => read(entity) is { } value ? toProvider(value) : null;

        private static Func<object, object?> Reader(IProperty property)
        {
            if (!property.IsShadowProperty())
            {
                var getter = property.GetGetter();
                return getter.GetClrValueUsingContainingEntity;
            }

            // A new record's shadow values are their defaults: row version 0, as an ordinary insert writes.
            var initial = property.ClrType.IsValueType && Nullable.GetUnderlyingType(property.ClrType) is null
                ? Activator.CreateInstance(property.ClrType)
                : null;
            return _ => initial;
        }
    }
}
