using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Modular.Modules.Qualification.ContactWindows;

/// <summary>GET and PUT /api/v1/qualification/window: the days and hours the tenant's leads may be contacted.</summary>
internal static class WindowEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/qualification/window", Get)
            .WithSummary("Shows the contact window: days, local hours and time zone, and whether French public holidays are allowed.");
        api.MapPut("/qualification/window", Put)
            .WithSummary("Sets the contact window. Conversations waiting for the window follow the new one at their next step.");
    }

    private static async Task<Ok<WindowView>> Get(WindowStore windows, CancellationToken cancellationToken) =>
        TypedResults.Ok(WindowView.Of(await windows.GetAsync(cancellationToken)));

    private static async Task<Results<Ok<WindowView>, ValidationProblem>> Put(
        WindowView request, WindowStore windows, TimeProvider time, CancellationToken cancellationToken)
    {
        var (window, errors) = request.ToWindow();
        if (window is null)
            return TypedResults.ValidationProblem(errors);

        await windows.SaveAsync(window, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(WindowView.Of(window));
    }
}
