using Glocal.Core.Data;
using Glocal.Core.Shared;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Benchmark.Index;

/// <summary>Whether the municipality publishes an indicator from its module; one row per indicator that has a provider.</summary>
public sealed record PublicationState(string Indicator, string NameKo, string NameEn, string Provider, bool Published);

/// <summary>The signed-in municipality's opt-ins for module indicators.</summary>
public sealed class PublicationService(GlocalDbContext db, TenantContext tenant, TimeProvider clock, IndexDefinitionStore definitions)
{
    public async Task<IReadOnlyList<PublicationState>> ListAsync(CancellationToken ct)
    {
        var published = await db.IndicatorPublications.AsNoTracking().Where(p => p.Published).Select(p => p.IndicatorCode).ToListAsync(ct);
        var definition = await definitions.CurrentAsync(ct);
        return [.. definition.Indicators.Where(i => i.Provider is not null)
            .Select(i => new PublicationState(i.Code, i.NameKo, i.NameEn, i.Provider!, published.Contains(i.Code)))];
    }

    public async Task<PublicationState> SetAsync(string indicator, bool published, CancellationToken ct)
    {
        var definition = (await definitions.CurrentAsync(ct)).Indicators.FirstOrDefault(i => i.Code == indicator && i.Provider is not null)
            ?? throw new BusinessRuleException("benchmark_indicator_not_publishable", $"'{indicator}' is not an indicator a module can publish.", 404);
        var row = await db.IndicatorPublications.SingleOrDefaultAsync(p => p.IndicatorCode == indicator, ct);
        if (row is null)
        {
            row = new IndicatorPublication { Id = Guid.CreateVersion7(), IndicatorCode = indicator };
            db.IndicatorPublications.Add(row);
        }

        row.Published = published;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = tenant.UserName;
        await db.SaveChangesAsync(ct);
        return new PublicationState(definition.Code, definition.NameKo, definition.NameEn, definition.Provider!, published);
    }
}
