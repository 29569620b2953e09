using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Salesforce;

/// <summary>The REST resources the fake serves, and what every call goes through first: recording, the token, the version, scripted failures.</summary>
internal static partial class SalesforceEndpoints
{
    private const string Root = "/services/data/{version}";

    public static void Map(WebApplication app, FakeSalesforceServer server)
    {
        app.MapGet($"{Root}/query", Handle(server, QueryResource.Run));
        app.MapGet($"{Root}/sobjects/Lead", Handle(server, LeadResource.Describe));
        app.MapPost($"{Root}/sobjects/Lead", Handle(server, LeadResource.Create));
        app.MapGet($"{Root}/sobjects/Lead/{{id}}", Handle(server, LeadResource.Get));
        app.MapMethods($"{Root}/sobjects/Lead/{{id}}", [HttpMethods.Patch], Handle(server, LeadResource.Update));
        app.MapPost($"{Root}/sobjects/Task", Handle(server, TaskResource.Create));
        app.MapFallback(Handle(server, (_, _) => SalesforceResults.NotFound()));
    }

    public delegate IResult Resource(FakeSalesforceServer server, SalesforceCall call);

    private static Func<HttpContext, Task<IResult>> Handle(FakeSalesforceServer server, Resource resource) => async context =>
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted);
        var authorization = request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null;
        var result = Respond(server, context, authorization, body, resource);
        server.Record(new FakeSalesforceRequest(request.Method, request.Path + request.QueryString,
            request.Query.TryGetValue("q", out var soql) ? soql.ToString() : null, authorization,
            request.Headers[SalesforceCall.DuplicateRuleHeader].ToString() is { Length: > 0 } rule ? rule : null, body,
            (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK));
        return result;
    };

    private static IResult Respond(FakeSalesforceServer server, HttpContext context, string? authorization, string body, Resource resource)
    {
        if (authorization != $"Bearer {server.AccessToken}")
            return SalesforceResults.InvalidSession();
        // An org serves its versions only; a path without a version of this shape is not an API resource.
        if (context.Request.RouteValues["version"] is not string version || !VersionShape().IsMatch(version))
            return SalesforceResults.NotFound();
        if (server.NextFailure() is { } failure)
            return failure;
        try
        {
            using var document = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
            lock (server.Gate)
                return resource(server, new SalesforceCall(context, version, document.RootElement));
        }
        catch (JsonException e)
        {
            return SalesforceResults.Error(400, "JSON_PARSER_ERROR", $"Unexpected character in the request body: {e.Message}");
        }
    }

    [GeneratedRegex(@"^v\d{2,3}\.0$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionShape();
}
