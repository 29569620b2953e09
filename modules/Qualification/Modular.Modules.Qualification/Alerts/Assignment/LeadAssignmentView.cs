using Modular.Modules.Qualification.Alerts.Sending;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts.Assignment;

/// <summary>A lead's rep, how they were chosen, and what became of the alerts sent to them.</summary>
internal sealed record LeadAssignmentView(
    Guid LeadId, Guid UserId, string? Email, string? FirstName, string? LastName, string Method, int? Rule, DateTimeOffset AssignedAt,
    IReadOnlyList<AlertView> Alerts)
{
    public static LeadAssignmentView Of(LeadAssignment assignment, TenantUser? rep, IEnumerable<AlertDelivery> alerts) => new(
        assignment.LeadId, assignment.UserId, rep?.Email, rep?.FirstName, rep?.LastName, assignment.Method,
        assignment.RuleIndex is { } index ? index + 1 : null, assignment.AssignedAt,
        [.. alerts.Select(AlertView.Of)]);
}

/// <summary>One alert: <c>scheduled</c> (quiet hours; sent at <paramref name="DueAt"/>), <c>sent</c>, <c>skipped</c> or <c>failed</c>.</summary>
internal sealed record AlertView(Guid UserId, string Channel, string Status, DateTimeOffset? DueAt, string? Reason, DateTimeOffset UpdatedAt)
{
    public static AlertView Of(AlertDelivery delivery) =>
        new(delivery.UserId, delivery.Channel, delivery.Status, delivery.DueAt, delivery.Reason, delivery.UpdatedAt);
}
