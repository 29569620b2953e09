using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Qualification.Data;
using Modular.Modules.Qualification.Scenarios.Definition;
using Modular.Modules.Qualification.Scenarios.Storage;
using Modular.Modules.Qualification.Shared;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Scenarios.Api;

/// <summary>
/// /api/v1/qualification/scenarios: list, read, create and revise scenarios. A revision is a new version; running
/// conversations keep the version they started with, and every version stays readable.
/// </summary>
internal static class ScenarioEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/qualification/scenarios", List).WithSummary("Lists the tenant's scenarios (a new tenant has the default one).");
        api.MapGet("/qualification/scenarios/{id:guid}", Get).WithSummary("Shows a scenario's current version.");
        api.MapGet("/qualification/scenarios/{id:guid}/versions/{version:int}", GetVersion).WithSummary("Shows one version of a scenario.");
        api.MapPost("/qualification/scenarios", Create).WithSummary("Creates a scenario; isDefault makes it the one new leads get.");
        api.MapPut("/qualification/scenarios/{id:guid}", Revise).WithSummary("Stores a new version of a scenario; running conversations keep theirs.");
    }

    private static async Task<Ok<IReadOnlyList<ScenarioView>>> List(ScenarioStore store, QualificationDbContext db, CancellationToken cancellationToken)
    {
        await store.EnsureAnyAsync(cancellationToken);
        var scenarios = await db.Set<Scenario>().AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var sources = await store.SourcesAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ScenarioView>>(scenarios.Select(s => ScenarioView.From(s, sources[s.Id])).ToList());
    }

    private static async Task<Results<Ok<ScenarioView>, ProblemHttpResult>> Get(Guid id, ScenarioStore store, QualificationDbContext db, CancellationToken cancellationToken) =>
        await db.Set<Scenario>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } scenario
            ? TypedResults.Ok(ScenarioView.From(scenario, (await store.SourcesAsync(cancellationToken))[id]))
            : QualificationProblems.NotFound("Scenario", id);

    private static async Task<Results<Ok<ScenarioView>, ProblemHttpResult>> GetVersion(Guid id, int version, ScenarioStore store, CancellationToken cancellationToken) =>
        await store.VersionAsync(id, version, cancellationToken) is { } found
            ? TypedResults.Ok(new ScenarioView(found.ScenarioId, found.Name, false, found.Version, ScenarioJson.Read(found.Definition), [], found.CreatedAt))
            : QualificationProblems.NotFound("Scenario version", id);

    private static async Task<Results<Created<ScenarioView>, ValidationProblem, ProblemHttpResult>> Create(
        ScenarioRequest request, ScenarioStore store, QualificationDbContext db, IExtensionPoints extensions, CancellationToken cancellationToken)
    {
        if (request.Errors(extensions) is { Count: > 0 } errors)
            return TypedResults.ValidationProblem(errors);
        // The default scenario exists before any other, so the first scenario a tenant adds does not become its default by accident.
        await store.EnsureAnyAsync(cancellationToken);
        if (await db.Set<Scenario>().AnyAsync(s => s.Name == request.Name, cancellationToken))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Another scenario has this name."] });

        var scenario = await store.AddAsync(request.Name, request.CanonicalDefinition(), request.IsDefault, request.Sources, cancellationToken);
        return TypedResults.Created($"/api/v1/qualification/scenarios/{scenario.Id}", ScenarioView.From(scenario, (await store.SourcesAsync(cancellationToken))[scenario.Id]));
    }

    private static async Task<Results<Ok<ScenarioView>, ValidationProblem, ProblemHttpResult>> Revise(
        Guid id, ScenarioRequest request, ScenarioStore store, QualificationDbContext db, IExtensionPoints extensions, CancellationToken cancellationToken)
    {
        var scenario = await db.Set<Scenario>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (scenario is null)
            return QualificationProblems.NotFound("Scenario", id);
        if (request.Errors(extensions) is { Count: > 0 } errors)
            return TypedResults.ValidationProblem(errors);
        if (await db.Set<Scenario>().AnyAsync(s => s.Name == request.Name && s.Id != id, cancellationToken))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Another scenario has this name."] });

        await store.ReviseAsync(scenario, request.Name, request.CanonicalDefinition(), request.IsDefault, request.Sources, cancellationToken);
        return TypedResults.Ok(ScenarioView.From(scenario, (await store.SourcesAsync(cancellationToken))[id]));
    }
}
