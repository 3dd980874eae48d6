using System.Collections.Concurrent;

namespace Glocal.Core.Data;

/// <summary>
/// Remembers a municipality's dashboard figures until its data changes (<see cref="DataGeneration"/>) or
/// <see cref="Lifetime"/> passes, whichever comes first (ADR 0073). The lifetime bounds how stale a figure can be
/// after a write this process did not see: another server, the CLI, a bulk load into the database.
/// One request computes a missing figure while the others for the same figure wait for it, each on its own
/// database context, so an expiry under load costs one computation, not one per waiting request.
/// </summary>
public sealed class HeadlineCache(DataGeneration generation, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<(string Figure, int MunicipalityId), Slot> slots = new();

    /// <summary>A figure of one municipality: recomputed when its data or shared data changes.</summary>
    public Task<T> GetAsync<T>(string figure, int municipalityId, Func<CancellationToken, Task<T>> compute, CancellationToken ct)
        where T : class =>
        GetAsync(figure, municipalityId, () => generation.Of(municipalityId), compute, ct);

    /// <summary>A figure over all municipalities (a ranking): recomputed when any of them changes.</summary>
    public Task<T> GetAcrossMunicipalitiesAsync<T>(string figure, Func<CancellationToken, Task<T>> compute, CancellationToken ct)
        where T : class =>
        GetAsync(figure, AllMunicipalities, generation.OfAll, compute, ct);

    private const int AllMunicipalities = int.MinValue;

    private async Task<T> GetAsync<T>(string figure, int municipalityId, Func<DataGeneration.Stamp> stampNow, Func<CancellationToken, Task<T>> compute, CancellationToken ct)
        where T : class
    {
        var slot = slots.GetOrAdd((figure, municipalityId), _ => new Slot());
        if (slot.Current(stampNow(), clock.GetUtcNow()) is T remembered)
        {
            return remembered;
        }

        await slot.Gate.WaitAsync(ct);
        try
        {
            // Read before computing: a write during the computation moves the generation past what is stored.
            var stamp = stampNow();
            var now = clock.GetUtcNow();
            if (slot.Current(stamp, now) is T computedMeanwhile)
            {
                return computedMeanwhile;
            }

            var value = await compute(ct);
            slot.Store(value, stamp, now);
            return value;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private sealed class Slot
    {
        private Entry? entry;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public object? Current(DataGeneration.Stamp stamp, DateTimeOffset now) =>
            Volatile.Read(ref entry) is { } e && e.Stamp == stamp && now >= e.ComputedAt && now < e.ComputedAt + Lifetime ? e.Value : null;

        public void Store(object value, DataGeneration.Stamp stamp, DateTimeOffset now) => Volatile.Write(ref entry, new Entry(value, stamp, now));
    }

    private sealed record Entry(object Value, DataGeneration.Stamp Stamp, DateTimeOffset ComputedAt);
}
