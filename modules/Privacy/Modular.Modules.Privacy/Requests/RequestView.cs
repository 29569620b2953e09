using System.Text.Json.Nodes;

namespace Modular.Modules.Privacy.Requests;

/// <summary>A request as the API shows it; <see cref="Steps"/> only when one request is read.</summary>
internal sealed record RequestView(
    Guid Id,
    string Type,
    string Status,
    RequestSubjectView Subject,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    int ExtendedByMonths,
    string? ExtensionReason,
    DateTimeOffset? CompletedAt,
    string? Notes,
    string CreatedBy,
    int LeadsFound,
    JsonNode? Report,
    IReadOnlyList<RequestStepView>? Steps)
{
    public static string PathOf(Guid id) => $"/api/v1/privacy/requests/{id}";

    public static RequestView From(SubjectRequest request, IReadOnlyList<RequestStep>? steps = null) => new(
        request.Id, request.Type, request.Status, new RequestSubjectView(request.SubjectEmail, request.SubjectPhone),
        request.ReceivedAt, request.DueAt, request.ExtendedByMonths, request.ExtensionReason, request.CompletedAt, request.Notes,
        request.CreatedBy, request.FoundLeadIds().Count, request.Report is null ? null : JsonNode.Parse(request.Report),
        steps?.Select(s => new RequestStepView(s.At, s.Step, s.Detail, s.Actor)).ToList());
}

/// <param name="Email">As named; cleared once an erasure is carried out.</param>
/// <param name="Phone">As named; cleared once an erasure is carried out.</param>
internal sealed record RequestSubjectView(string? Email, string? Phone);

internal sealed record RequestStepView(DateTimeOffset At, string Step, string Detail, string Actor);
