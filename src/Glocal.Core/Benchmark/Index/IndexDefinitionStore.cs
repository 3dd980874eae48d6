using Glocal.Core.Data;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Benchmark.Index;

/// <summary>A version of the definition as lists show it; the built-in one has no proposer.</summary>
public sealed record DefinitionVersionSummary(string Version, string Status, bool InForce, string? BasedOn, string? Note, string? ProposedBy,
    DateTime? ProposedAt, string? DecidedBy, DateTime? DecidedAt, string? DecisionNote, int Indicators);

public sealed record DefinitionVersionDetails(DefinitionVersionSummary Summary, string Json);

/// <summary>
/// The stored, versioned index definition (ADR 0053): the version in force is the latest approved one, else the
/// built-in file. Proposals are validated against the statistics store and the registered providers; approval (by
/// someone other than the proposer) also runs a trial build, so a version in force always builds.
/// </summary>
public sealed class IndexDefinitionStore(GlocalDbContext db, TenantContext tenant, TimeProvider clock, IEnumerable<IBenchmarkIndicatorProvider> providers)
{
    public const string BuiltInStatus = "built_in";

    public async Task<IndexDefinition> CurrentAsync(CancellationToken ct)
    {
        var json = await db.IndexDefinitionVersions.AsNoTracking().Where(v => v.Status == DefinitionStatus.Approved)
            .OrderByDescending(v => v.DecidedAt).Select(v => v.Json).FirstOrDefaultAsync(ct);
        return json is null ? IndexDefinition.BuiltIn : IndexDefinition.Parse(json);
    }

    public async Task<IReadOnlyList<DefinitionVersionSummary>> ListAsync(CancellationToken ct)
    {
        var stored = await db.IndexDefinitionVersions.AsNoTracking().OrderByDescending(v => v.ProposedAt).ToListAsync(ct);
        var current = (await CurrentAsync(ct)).Version;
        var list = stored.Select(v => Summary(v, current)).ToList();
        list.Add(BuiltInSummary(current));
        return list;
    }

    public async Task<DefinitionVersionDetails> GetAsync(string version, CancellationToken ct)
    {
        var current = (await CurrentAsync(ct)).Version;
        if (version == IndexDefinition.BuiltIn.Version)
        {
            return new DefinitionVersionDetails(BuiltInSummary(current), IndexDefinition.ReadBuiltIn());
        }

        var row = await db.IndexDefinitionVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Version == version, ct)
            ?? throw new NotFoundException("IndexDefinitionVersion", version);
        return new DefinitionVersionDetails(Summary(row, current), row.Json);
    }

    /// <summary>Validates and stores a proposal; nothing changes in the ranking until it is approved.</summary>
    public async Task<DefinitionVersionSummary> ProposeAsync(string json, string? note, CancellationToken ct)
    {
        var definition = IndexDefinition.Parse(json);
        var series = (await db.StatisticSeries.AsNoTracking().Select(s => s.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        IndexDefinitionValidator.Validate(definition, series, providers.Select(p => p.Name).ToHashSet(StringComparer.Ordinal));
        if (definition.Version == IndexDefinition.BuiltIn.Version || await db.IndexDefinitionVersions.AnyAsync(v => v.Version == definition.Version, ct))
        {
            throw new BusinessRuleException("index_definition_version_exists", $"Version {definition.Version} already exists; give the proposal a new version.", 409);
        }

        var current = await CurrentAsync(ct);
        var row = new IndexDefinitionVersion
        {
            Id = Guid.CreateVersion7(),
            Version = definition.Version,
            Json = json,
            BasedOn = current.Version,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            ProposedBy = tenant.UserName ?? "unknown",
            ProposedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.IndexDefinitionVersions.Add(row);
        await db.SaveChangesAsync(ct);
        return Summary(row, current.Version);
    }

    /// <summary>Approves (after a trial build passes) or rejects a proposal.</summary>
    public async Task<DefinitionVersionSummary> DecideAsync(string version, bool approve, string? note, Func<IndexDefinition, Task> trialBuild, CancellationToken ct)
    {
        var row = await db.IndexDefinitionVersions.SingleOrDefaultAsync(v => v.Version == version, ct)
            ?? throw new NotFoundException("IndexDefinitionVersion", version);
        row.Decide(approve, tenant.UserName ?? "unknown", clock.GetUtcNow().UtcDateTime, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        if (approve)
        {
            try
            {
                await trialBuild(IndexDefinition.Parse(row.Json));
            }
            catch (Exception e) when (e is not BusinessRuleException and not OperationCanceledException)
            {
                throw new BusinessRuleException("index_definition_build_failed", $"Version {version} does not build on the stored figures: {e.Message}");
            }
        }

        await db.SaveChangesAsync(ct);
        return Summary(row, (await CurrentAsync(ct)).Version);
    }

    private static DefinitionVersionSummary Summary(IndexDefinitionVersion v, string current) =>
        new(v.Version, v.Status.ToString().ToLowerInvariant(), v.Version == current, v.BasedOn, v.Note, v.ProposedBy, v.ProposedAt, v.DecidedBy, v.DecidedAt,
            v.DecisionNote, SafeCount(v.Json));

    private static DefinitionVersionSummary BuiltInSummary(string current) =>
        new(IndexDefinition.BuiltIn.Version, BuiltInStatus, IndexDefinition.BuiltIn.Version == current, null, "glocal-index.json", null, null, null, null, null,
            IndexDefinition.BuiltIn.Indicators.Count);

    private static int SafeCount(string json)
    {
        try
        {
            return IndexDefinition.Parse(json).Indicators.Count;
        }
        catch (BusinessRuleException)
        {
            return 0;
        }
    }
}
