using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Shared;

namespace Modular.Modules.Leads.Sources.RotateSecret;

/// <summary>POST /api/v1/sources/{id}/secret: replaces a source's secret (for example after a leak) and shows the new one once.</summary>
internal static class RotateSecretEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sources/{id:guid}/secret", Handle)
            .WithSummary("Replaces the source's secret; submissions authenticated with the old one are refused from now on (by other host instances within 2 s).");

    private static async Task<Results<Ok<CreatedSource>, ProblemHttpResult>> Handle(Guid id, HttpRequest http, LeadsDbContext leads, SourceSecrets secrets, SourceDirectory directory, CancellationToken cancellationToken)
    {
        var source = await leads.Set<LeadSource>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
            return LeadProblems.NotFound("Lead source", id);
        var secret = SourceSecrets.NewSecret();
        source.ProtectedSecret = secrets.Protect(secret);
        await leads.SaveChangesAsync(cancellationToken);
        directory.Forget(source.Key);
        return TypedResults.Ok(new CreatedSource(SourceView.From(source, http), secret));
    }
}
