using Modular.Modules.Leads.Sources;

namespace Modular.Modules.Leads.Intake;

/// <summary>Where a submission came from: the source (if any), who sent it, and from which address (the consent proof keeps it).</summary>
internal sealed record IntakeContext(LeadSource? Source, string Actor, string? IpAddress, string? IdempotencyKey = null);
