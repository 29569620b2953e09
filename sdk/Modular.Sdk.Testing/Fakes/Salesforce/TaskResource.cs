using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Salesforce;

/// <summary><c>POST sobjects/Task</c>: an activity, about a lead the fake holds when it names one in <c>WhoId</c>.</summary>
internal static class TaskResource
{
    public static IResult Create(FakeSalesforceServer server, SalesforceCall call)
    {
        if (SObjectFields.Read(call.Body, "Task", SObjectFields.Task, out var error) is not { } changes)
            return error!;
        if (changes.GetValueOrDefault("WhoId") is { } whoId && server.FindLead(whoId) is null)
            return SalesforceResults.Error(400, "FIELD_INTEGRITY_EXCEPTION", $"Name ID: id value of incorrect type: {whoId}", "WhoId");
        if (changes.GetValueOrDefault("ActivityDate") is { } date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out _))
            return SalesforceResults.Error(400, "JSON_PARSER_ERROR", $"Cannot deserialize instance of date from VALUE_STRING value {date}", "ActivityDate");

        var fields = changes.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!, StringComparer.OrdinalIgnoreCase);
        return SalesforceResults.Created(server.CreateTask(fields).Id);
    }
}
