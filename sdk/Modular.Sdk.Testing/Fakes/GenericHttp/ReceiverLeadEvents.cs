using System.Text.Json;
using System.Text.Json.Nodes;

namespace Modular.Sdk.Testing.Fakes.GenericHttp;

/// <summary>The receiver's two writing events, reading the connector's default bodies; the caller holds the receiver's lock.</summary>
internal static class ReceiverLeadEvents
{
    /// <summary>Finds the record by email (any case), then by phone; updates it with the values sent, or creates one.</summary>
    public static ReceiverReply Upsert(FakeCrmReceiver receiver, JsonElement body)
    {
        if (!body.TryGetProperty("lead", out var lead) || lead.ValueKind != JsonValueKind.Object)
            return ReceiverReply.Error(422, "The body must hold a lead object.");
        var email = Text(lead, "email");
        var phone = Text(lead, "phone");
        if (email is null && phone is null)
            return ReceiverReply.Error(422, "lead.email or lead.phone is required.");

        var byEmail = email is null ? null : receiver.AllRecords.FirstOrDefault(r => string.Equals(r.Email, email, StringComparison.OrdinalIgnoreCase));
        var byPhone = byEmail is not null || phone is null ? null : receiver.AllRecords.FirstOrDefault(r => r.Phone == phone);
        // Another person's record may share a phone (a switchboard, a household): the receiver will not merge them.
        if (byPhone is { Email: { } held } && email is not null)
            return ReceiverReply.Error(409, $"Record {byPhone.Id} has this phone but the email {held}.");
        var existing = byEmail ?? byPhone;

        var attributes = new Dictionary<string, string>(existing?.Attributes ?? new Dictionary<string, string>());
        if (lead.TryGetProperty("attributes", out var sent) && sent.ValueKind == JsonValueKind.Object)
            foreach (var attribute in sent.EnumerateObject().Where(a => a.Value.ValueKind != JsonValueKind.Null))
                attributes[attribute.Name] = attribute.Value.ValueKind == JsonValueKind.String ? attribute.Value.GetString()! : attribute.Value.GetRawText();
        var record = receiver.Store(new FakeReceiverRecord(
            existing?.Id ?? receiver.NewId("rec"),
            Text(lead, "id") ?? existing?.LeadId,
            email ?? existing?.Email,
            phone ?? existing?.Phone,
            Text(lead, "firstName") ?? existing?.FirstName,
            Text(lead, "lastName") ?? existing?.LastName,
            Text(lead, "company") ?? existing?.Company,
            attributes));
        return Written(receiver, existing is null ? 201 : 200, record.Id);
    }

    /// <summary>Stores the report on the record named by <c>recordId</c>: the receiver's id, or the lead's when it answered none.</summary>
    public static ReceiverReply Report(FakeCrmReceiver receiver, JsonElement body)
    {
        if (Text(body, "recordId") is not { } recordId)
            return ReceiverReply.Error(422, "recordId is required.");
        if (Text(body, "verdict") is not { } verdict || Text(body, "text") is not { } text)
            return ReceiverReply.Error(422, "verdict and text are required.");
        if (!body.TryGetProperty("score", out var score) || !score.TryGetInt32(out var points) || points is < 0 or > 100)
            return ReceiverReply.Error(422, "score must be a number from 0 to 100.");
        if (receiver.AllRecords.FirstOrDefault(r => r.Id == recordId || r.LeadId == recordId) is not { } record)
            return ReceiverReply.Error(404, $"No record {recordId}.");
        return Written(receiver, 201, receiver.AddReport(record.Id, verdict, points, text).Id);
    }

    private static ReceiverReply Written(FakeCrmReceiver receiver, int status, string id) =>
        receiver.AnswersWithoutIds ? new ReceiverReply(status) : new ReceiverReply(status, new JsonObject { ["id"] = id });

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
