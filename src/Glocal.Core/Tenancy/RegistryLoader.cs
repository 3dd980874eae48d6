using Glocal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Tenancy;

/// <summary>Loads the municipality registry into an empty database, from the code list built into the assembly.</summary>
public sealed class RegistryLoader(GlocalDbContext db)
{
    public const string ResourceName = "Glocal.Core.Tenancy.korea_regions_2020.csv";

    public static IReadOnlyList<Municipality> ReadBuiltIn()
    {
        using var stream = typeof(RegistryLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return RegionRegistry.Parse(reader);
    }

    /// <returns>The number of municipalities added (0 when the registry was already loaded).</returns>
    public async Task<int> LoadIfEmptyAsync(CancellationToken ct)
    {
        if (await db.Municipalities.AnyAsync(ct))
        {
            return 0;
        }

        var rows = ReadBuiltIn();
        db.Municipalities.AddRange(rows);
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }
}
