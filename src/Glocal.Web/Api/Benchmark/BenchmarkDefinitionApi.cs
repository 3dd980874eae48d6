using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Glocal.Core.Access;
using Glocal.Core.Benchmark.Index;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Glocal.Web.Api.Benchmark;

/// <summary>A proposed definition: the whole JSON document (as <c>GET …/definitions/{version}</c> returns it) and why.</summary>
public sealed record ProposeDefinitionRequest([property: Required] JsonElement? Definition, [property: MaxLength(1000)] string? Note);

/// <summary>An approval or rejection, with an optional note.</summary>
public sealed record DecideDefinitionRequest([property: MaxLength(1000)] string? Note);

/// <summary>The index definition as stored, versioned data: list, read, propose, approve or reject (ADR 0053).</summary>
public static class BenchmarkDefinitionApi
{
    public static RouteGroupBuilder MapBenchmarkDefinitionApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/benchmark/index").WithTags("Benchmark index definition");
        group.MapGet("/definition", Current).RequireAuthorization(Permissions.BenchmarkRead)
            .WithSummary("The definition in force (version, pillars, indicators and sources, pipeline, peer bands)");
        group.MapGet("/definitions", List).RequireAuthorization(Permissions.BenchmarkRead)
            .WithSummary("Every version: built-in, proposed, approved, rejected; which one is in force");
        group.MapGet("/definitions/{version}", Get).RequireAuthorization(Permissions.BenchmarkRead).WithSummary("One version with its JSON");
        group.MapPost("/definitions", Propose).RequireAuthorization(Permissions.BenchmarkUpdate)
            .WithSummary("Propose a new version; validated (422 index_definition_* codes), in force only once approved");
        group.MapPost("/definitions/{version}/approve", Approve).RequireAuthorization(Permissions.BenchmarkApprove)
            .WithSummary("Approve a proposal (not your own); it is built on the stored figures first and is then in force");
        group.MapPost("/definitions/{version}/reject", Reject).RequireAuthorization(Permissions.BenchmarkApprove).WithSummary("Reject a proposal");
        return group;
    }

    private static async Task<Ok<IndexDefinition>> Current(IndexDefinitionStore store, CancellationToken ct) => TypedResults.Ok(await store.CurrentAsync(ct));

    private static async Task<Ok<IReadOnlyList<DefinitionVersionSummary>>> List(IndexDefinitionStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListAsync(ct));

    private static async Task<Ok<DefinitionVersionDetails>> Get(string version, IndexDefinitionStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.GetAsync(version, ct));

    private static async Task<Created<DefinitionVersionSummary>> Propose(ProposeDefinitionRequest request, IndexDefinitionStore store, CancellationToken ct)
    {
        var proposed = await store.ProposeAsync(request.Definition!.Value.GetRawText(), request.Note, ct);
        return TypedResults.Created($"/api/v1/benchmark/index/definitions/{Uri.EscapeDataString(proposed.Version)}", proposed);
    }

    private static async Task<Ok<DefinitionVersionSummary>> Approve(string version, DecideDefinitionRequest? request, IndexDefinitionStore store, IndexService index,
        CancellationToken ct) =>
        TypedResults.Ok(await store.DecideAsync(version, approve: true, request?.Note, d => index.TrialAsync(d, ct), ct));

    private static async Task<Ok<DefinitionVersionSummary>> Reject(string version, DecideDefinitionRequest? request, IndexDefinitionStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.DecideAsync(version, approve: false, request?.Note, _ => Task.CompletedTask, ct));
}
