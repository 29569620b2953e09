using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Pipedrive;

/// <summary>The Pipedrive endpoints the fake serves; every call is authenticated, may meet a scripted failure, and is recorded.</summary>
internal static class PipedriveEndpoints
{
    public delegate IResult Answer(FakePipedriveServer server, HttpContext context, JsonElement body);

    public static void Map(WebApplication app, FakePipedriveServer server)
    {
        app.MapGet("/api/v2/persons/search", Handle(server, PipedrivePersonEndpoints.Search));
        app.MapPost("/api/v2/persons", Handle(server, PipedrivePersonEndpoints.Create));
        app.MapGet("/api/v2/persons/{id}", Handle(server, PipedrivePersonEndpoints.Get));
        app.MapMethods("/api/v2/persons/{id}", [HttpMethods.Patch], Handle(server, PipedrivePersonEndpoints.Update));
        app.MapGet("/api/v1/leads", Handle(server, PipedriveLeadEndpoints.List));
        app.MapPost("/api/v1/leads", Handle(server, PipedriveLeadEndpoints.Create));
        app.MapPost("/api/v1/notes", Handle(server, PipedriveLeadEndpoints.CreateNote));
        app.MapGet("/api/v1/users/me", Handle(server, CurrentUser));
        app.MapGet("/api/v2/deals", Handle(server, PipedriveDealEndpoints.List));
    }

    /// <summary>Pipedrive's success envelope.</summary>
    public static IResult Success(object? data, object? additionalData = null, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(new { success = true, data, additional_data = additionalData }, statusCode: statusCode);

    /// <summary>A route's numeric id, or null when it is not one.</summary>
    public static long? RouteId(HttpContext context) => long.TryParse((string?)context.Request.RouteValues["id"], out var id) ? id : null;

    private static Func<HttpContext, Task<IResult>> Handle(FakePipedriveServer server, Answer answer) => async context =>
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted);
        var apiToken = context.Request.Headers["x-api-token"].ToString() is { Length: > 0 } token ? token : null;
        var authorization = context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null;
        var result = Respond(server, context, apiToken, body, answer);
        server.Record(new FakePipedriveRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, apiToken, authorization, body,
            (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK));
        return result;
    };

    private static IResult Respond(FakePipedriveServer server, HttpContext context, string? apiToken, string body, Answer answer)
    {
        if (apiToken != server.ApiToken)
            return PipedriveErrors.Unauthorized();
        if (server.NextFailure() is { } failure)
            return failure;
        try
        {
            using var document = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
            lock (server.Gate)
                return answer(server, context, document.RootElement);
        }
        catch (JsonException e)
        {
            return PipedriveErrors.BadRequest($"Invalid JSON body: {e.Message}");
        }
    }

    private static IResult CurrentUser(FakePipedriveServer server, HttpContext context, JsonElement body) =>
        Success(new { id = 1, name = "Fake Owner", email = "owner@example.com", company_id = 1, company_name = "Fake Company", company_domain = "fake", active_flag = true });
}
