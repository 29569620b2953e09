using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Intake.FormHook;
using Modular.Modules.Leads.Intake.GoogleAdsHook;
using Modular.Modules.Leads.Intake.JsonHook;
using Modular.Modules.Leads.Shared;
using Modular.Modules.Leads.Sources;

namespace Modular.Modules.Leads.Intake.Hooks;

/// <summary>
/// POST /hooks/leads/{key}: the public intake URL of every source. The key names the source, and so the tenant;
/// each format then authenticates and reads the submission its own way. OPTIONS on the same URL answers the CORS
/// preflight of a browser about to post to a form source.
/// </summary>
internal static class LeadHookEndpoint
{
    public const string Route = "/hooks/leads/{key}";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, Handle)
            .AllowAnonymous()
            .WithTags("Lead intake")
            .WithSummary("Receives a lead for the source whose key is in the URL, in the source's format.");
        endpoints.MapMethods(Route, [HttpMethods.Options], Preflight)
            .AllowAnonymous()
            .WithTags("Lead intake")
            .WithSummary("Answers a browser's CORS preflight for a form source, for the origins the source allows.");
    }

    private static async Task<IResult> Handle(string key, HttpContext http, SourceDirectory sources, HookIntake intake, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await sources.FindAsync(key, cancellationToken) is not { } source)
            return UnknownKey();

        return source.Source.Format switch
        {
            SourceFormat.Json => await JsonIntake.HandleAsync(http, source, intake, time, cancellationToken),
            SourceFormat.Form => await FormIntake.HandleAsync(http, source.Source, intake, cancellationToken),
            SourceFormat.GoogleAds => await GoogleAdsIntake.HandleAsync(http, source, intake, cancellationToken),
            _ => LeadProblems.BadRequest($"This source takes {SourceFormats.Name(source.Source.Format)} submissions, which are not posted to its intake URL."),
        };
    }

    private static async Task<IResult> Preflight(string key, HttpContext http, SourceDirectory sources, CancellationToken cancellationToken)
    {
        if (await sources.FindAsync(key, cancellationToken) is not { Source: var source })
            return UnknownKey();
        return source.Format == SourceFormat.Form
            ? FormPreflight.Handle(http, source)
            : FormPreflight.NotForBrowsers(source);
    }

    private static ProblemHttpResult UnknownKey() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown intake URL", detail: "No enabled lead source has this key.");
}
