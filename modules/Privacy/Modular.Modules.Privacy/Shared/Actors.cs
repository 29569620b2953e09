using System.Security.Claims;

namespace Modular.Modules.Privacy.Shared;

/// <summary>Who did something, as a request's timeline names them.</summary>
internal static class Actors
{
    public const string System = "system";

    // The host's claim for the API key that authenticated the request; users carry their id as NameIdentifier.
    private const string ApiKeyClaim = "modular:api_key";

    public static string From(ClaimsPrincipal user) =>
        user.FindFirst(ApiKeyClaim)?.Value is { } key ? $"apikey:{key}"
        : user.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } id ? $"user:{id}"
        : System;
}
