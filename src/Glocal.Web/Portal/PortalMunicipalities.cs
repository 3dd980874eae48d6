using Glocal.Core.Data;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Glocal.Web.Portal;

/// <summary>A municipality as the public portal addresses it: by its current code.</summary>
public sealed record PortalMunicipality(int Id, string NameKo, string NameEn);

/// <summary>
/// Finds the portal's municipality by code, remembered for a few minutes: every portal page needs it, it changes
/// only when a municipality is reorganised, and anonymous traffic should not cost a query per page for it.
/// Unknown codes are remembered too (briefly), so probing random codes does not reach the database each time.
/// </summary>
public sealed class PortalMunicipalities(IServiceScopeFactory scopes) : IDisposable
{
    // Its own bounded cache, so probing many codes cannot grow it without limit.
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    private static readonly TimeSpan Known = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Unknown = TimeSpan.FromSeconds(30);

    public async Task<PortalMunicipality?> FindAsync(string code, CancellationToken ct)
    {
        var key = (typeof(PortalMunicipalities), code);
        if (cache.TryGetValue(key, out PortalMunicipality? found))
        {
            return found;
        }

        await using var scope = scopes.CreateAsyncScope();
        var municipality = await scope.ServiceProvider.GetRequiredService<GlocalDbContext>().Municipalities.AsNoTracking()
            .Where(m => m.Code == code && m.ValidTo == null && m.Kind != MunicipalityKind.Province)
            .Select(m => new PortalMunicipality(m.Id, m.NameKo, m.NameEn))
            .SingleOrDefaultAsync(ct);
        cache.Set(key, municipality, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = municipality is null ? Unknown : Known, Size = 1 });
        return municipality;
    }

    public void Dispose() => cache.Dispose();
}
