namespace Glocal.Core.Demo;

/// <summary>
/// A module's demo data for one municipality. <see cref="DemoSeeder"/> calls each registered module once per
/// demo municipality, after the accounts exist, with the tenant context already set to that municipality.
/// </summary>
public interface IDemoModuleSeeder
{
    /// <param name="municipalityCode">The five-digit code of the municipality being seeded (e.g. 41270 for Ansan).</param>
    Task SeedAsync(string municipalityCode, CancellationToken ct);
}
