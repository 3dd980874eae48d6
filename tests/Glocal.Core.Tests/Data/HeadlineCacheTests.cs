using Glocal.Core.Data;
using Microsoft.Extensions.Time.Testing;

namespace Glocal.Core.Tests.Data;

public class HeadlineCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Counter
    {
        private int computations;

        public int Computations => computations;

        public Task<string> ComputeAsync(CancellationToken ct) => Task.FromResult($"computed {Interlocked.Increment(ref computations)}");
    }

    [Fact]
    public async Task AFigure_IsRemembered_UntilItsMunicipalitysDataChanges()
    {
        var generation = new DataGeneration();
        var cache = new HeadlineCache(generation, new FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T00:00:00Z")));
        var counter = new Counter();

        (await cache.GetAsync("residents", 7, counter.ComputeAsync, Ct)).ShouldBe("computed 1");
        (await cache.GetAsync("residents", 7, counter.ComputeAsync, Ct)).ShouldBe("computed 1");

        generation.Advance(8);
        (await cache.GetAsync("residents", 7, counter.ComputeAsync, Ct)).ShouldBe("computed 1", "another municipality's change");

        generation.Advance(7);
        (await cache.GetAsync("residents", 7, counter.ComputeAsync, Ct)).ShouldBe("computed 2");

        generation.AdvanceShared();
        (await cache.GetAsync("residents", 7, counter.ComputeAsync, Ct)).ShouldBe("computed 3", "shared data (statistics, reference lists) feeds every municipality");
    }

    [Fact]
    public async Task AFigureAcrossMunicipalities_IsRecomputed_WhenAnyOfThemChanges()
    {
        var generation = new DataGeneration();
        var cache = new HeadlineCache(generation, new FakeTimeProvider());
        var counter = new Counter();

        (await cache.GetAcrossMunicipalitiesAsync("ranking", counter.ComputeAsync, Ct)).ShouldBe("computed 1");
        (await cache.GetAcrossMunicipalitiesAsync("ranking", counter.ComputeAsync, Ct)).ShouldBe("computed 1");
        generation.Advance(42);
        (await cache.GetAcrossMunicipalitiesAsync("ranking", counter.ComputeAsync, Ct)).ShouldBe("computed 2");
        generation.AdvanceShared();
        (await cache.GetAcrossMunicipalitiesAsync("ranking", counter.ComputeAsync, Ct)).ShouldBe("computed 3");
    }

    [Fact]
    public async Task FiguresAndMunicipalities_AreRememberedApart()
    {
        var cache = new HeadlineCache(new DataGeneration(), new FakeTimeProvider());
        var counter = new Counter();
        await cache.GetAsync("residents", 7, counter.ComputeAsync, Ct);
        await cache.GetAsync("exchanges", 7, counter.ComputeAsync, Ct);
        await cache.GetAsync("residents", 8, counter.ComputeAsync, Ct);
        counter.Computations.ShouldBe(3);
        (await cache.GetAsync("exchanges", 7, counter.ComputeAsync, Ct)).ShouldBe("computed 2");
    }

    /// <summary>A wall clock that an administrator can set back, which <see cref="FakeTimeProvider"/> refuses.</summary>
    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task AFigure_IsRecomputed_AfterItsLifetime_AndWhenTheClockGoesBack()
    {
        var clock = new SettableClock(DateTimeOffset.Parse("2026-12-07T00:00:00Z"));
        var cache = new HeadlineCache(new DataGeneration(), clock);
        var counter = new Counter();
        await cache.GetAsync("investments", 1, counter.ComputeAsync, Ct);

        clock.Now += HeadlineCache.Lifetime - TimeSpan.FromSeconds(1);
        (await cache.GetAsync("investments", 1, counter.ComputeAsync, Ct)).ShouldBe("computed 1");

        clock.Now += TimeSpan.FromSeconds(1);
        (await cache.GetAsync("investments", 1, counter.ComputeAsync, Ct)).ShouldBe("computed 2");

        clock.Now -= TimeSpan.FromDays(1);
        (await cache.GetAsync("investments", 1, counter.ComputeAsync, Ct)).ShouldBe("computed 3");
    }

    [Fact]
    public async Task ConcurrentRequests_ForAMissingFigure_ComputeItOnce()
    {
        var cache = new HeadlineCache(new DataGeneration(), new FakeTimeProvider());
        var release = new TaskCompletionSource();
        var computations = 0;
        async Task<string> SlowAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref computations);
            await release.Task.WaitAsync(ct);
            return "figure";
        }

        var requests = Enumerable.Range(0, 16).Select(_ => Task.Run(() => cache.GetAsync("dashboard", 1, SlowAsync, Ct), Ct)).ToList();
        await Task.Delay(100, Ct);
        release.SetResult();
        (await Task.WhenAll(requests)).ShouldAllBe(v => v == "figure");
        computations.ShouldBe(1);
    }

    [Fact]
    public async Task AWriteDuringTheComputation_IsNotHiddenByTheResult()
    {
        var generation = new DataGeneration();
        var cache = new HeadlineCache(generation, new FakeTimeProvider());
        var computations = 0;
        Task<string> ComputeWhileSomeoneWritesAsync(CancellationToken ct)
        {
            if (Interlocked.Increment(ref computations) == 1)
            {
                generation.Advance(1);
            }

            return Task.FromResult($"computed {computations}");
        }

        await cache.GetAsync("dashboard", 1, ComputeWhileSomeoneWritesAsync, Ct);
        (await cache.GetAsync("dashboard", 1, ComputeWhileSomeoneWritesAsync, Ct)).ShouldBe("computed 2");
    }

    [Fact]
    public async Task AFailedComputation_IsNotRemembered_AndLetsTheNextRequestTry()
    {
        var cache = new HeadlineCache(new DataGeneration(), new FakeTimeProvider());
        await Should.ThrowAsync<InvalidOperationException>(() =>
            cache.GetAsync<string>("dashboard", 1, _ => throw new InvalidOperationException("database unavailable"), Ct));
        (await cache.GetAsync("dashboard", 1, _ => Task.FromResult("figure"), Ct)).ShouldBe("figure");
    }
}
