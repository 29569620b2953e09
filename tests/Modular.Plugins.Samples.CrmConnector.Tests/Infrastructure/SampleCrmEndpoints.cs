using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Modular.Plugins.Samples.CrmConnector.Tests.Infrastructure;

/// <summary>Sample CRM's endpoints, each answered as the API description on the plugin's SampleCrmApi says.</summary>
internal static class SampleCrmEndpoints
{
    private delegate IResult Answer(FakeSampleCrm crm, HttpContext context, JsonElement body);

    public static void Map(IEndpointRouteBuilder app, FakeSampleCrm crm)
    {
        var api = app.MapGroup("/v1");
        api.MapGet("/me", Handle(crm, (_, _, _) => Results.Ok(new { account = "Dupont SARL" })));
        api.MapGet("/contacts", Handle(crm, FindContacts));
        api.MapPost("/contacts", Handle(crm, CreateContact));
        api.MapPut("/contacts/{id}", Handle(crm, UpdateContact));
        api.MapPost("/contacts/{id}/notes", Handle(crm, AddNote));
    }

    public static IResult Error(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    // Every call: recorded, then the key checked, then a scripted answer if one is waiting, then the real answer.
    private static Func<HttpContext, Task<IResult>> Handle(FakeSampleCrm crm, Answer answer) => async context =>
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var authorization = context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null;
        var result = !crm.IsAccepted(authorization) ? Error(401, "Unknown or revoked API key.")
            : crm.NextScriptedAnswer() ?? AnswerJson(crm, context, body, answer);
        crm.Record(new FakeRequest(context.Request.Method, $"{context.Request.Path}{context.Request.QueryString}", authorization, body,
            (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK));
        return result;
    };

    private static IResult AnswerJson(FakeSampleCrm crm, HttpContext context, string body, Answer answer)
    {
        try
        {
            using var document = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
            return answer(crm, context, document.RootElement);
        }
        catch (JsonException e)
        {
            return Error(400, $"The body is not JSON: {e.Message}");
        }
    }

    private static IResult FindContacts(FakeSampleCrm crm, HttpContext context, JsonElement body)
    {
        var email = context.Request.Query["email"].FirstOrDefault();
        var phone = context.Request.Query["phone"].FirstOrDefault();
        if (email is null && phone is null)
            return Error(400, "Search by email or phone.");
        return Results.Ok(crm.Find(email, phone).Select(View));
    }

    private static IResult CreateContact(FakeSampleCrm crm, HttpContext context, JsonElement body) =>
        crm.Create(ContactOf("", body)) is { } contact
            ? Results.Json(new { id = contact.Id }, statusCode: StatusCodes.Status201Created)
            : Error(409, "Another contact has this email.");

    private static IResult UpdateContact(FakeSampleCrm crm, HttpContext context, JsonElement body)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        return crm.Update(id, ContactOf(id, body)) is { } contact ? Results.Ok(View(contact)) : Error(404, $"No contact {id}.");
    }

    private static IResult AddNote(FakeSampleCrm crm, HttpContext context, JsonElement body)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        if (Text(body, "text") is not { Length: > 0 } text)
            return Error(400, "A note needs a text.");
        return crm.AddNote(id, text) is { } note ? Results.Json(new { id = note.Id }, statusCode: StatusCodes.Status201Created) : Error(404, $"No contact {id}.");
    }

    private static FakeContact ContactOf(string id, JsonElement body) =>
        new(id, Text(body, "email"), Text(body, "phone"), Text(body, "firstName"), Text(body, "lastName"), Text(body, "company"),
            body.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object
                ? fields.EnumerateObject().ToDictionary(f => f.Name, f => f.Value.ToString())
                : new Dictionary<string, string>());

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static object View(FakeContact contact) =>
        new { id = contact.Id, email = contact.Email, phone = contact.Phone, firstName = contact.FirstName, lastName = contact.LastName, company = contact.Company, fields = contact.Fields };
}
