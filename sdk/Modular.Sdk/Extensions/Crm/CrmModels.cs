namespace Modular.Sdk.Extensions.Crm;

/// <summary>A tenant's connection to one CRM: its base URL and decrypted settings (tokens, ids).</summary>
/// <param name="BaseUrl">Root of the CRM's API, configurable so tests and self-hosters can point at another server.</param>
/// <param name="Settings">Connector-specific settings, secrets already decrypted.</param>
public sealed record CrmConnection(Uri BaseUrl, IReadOnlyDictionary<string, string> Settings);

/// <summary>The lead fields a connector maps to its CRM's contact or lead.</summary>
/// <param name="LeadId">Modular's id of the lead.</param>
/// <param name="Email">Email address, the first deduplication key.</param>
/// <param name="Phone">Phone in E.164, the second deduplication key.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="Company">Company name.</param>
/// <param name="Attributes">Other fields and custom attributes.</param>
public sealed record CrmLead(Guid LeadId, string? Email, string? Phone, string? FirstName, string? LastName, string? Company, IReadOnlyDictionary<string, string> Attributes);

/// <summary>The qualification report pushed to the CRM.</summary>
/// <param name="Verdict">Hot, Qualified, ToReview, Disqualified, NoResponse, OptedOut or Unreachable.</param>
/// <param name="Score">Lead score, 0 to 100.</param>
/// <param name="Text">The report as readable text (questions, answers, reasons).</param>
public sealed record CrmReport(string Verdict, int Score, string Text);

/// <summary>The result of one CRM call.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="RemoteId">The CRM's id of the record, when known.</param>
/// <param name="Message">A reason for failures and conflicts, never containing secrets.</param>
/// <param name="RetryAfter">For retryable failures, how long the CRM asked to wait.</param>
public sealed record CrmResult(RemoteOutcome Outcome, string? RemoteId = null, string? Message = null, TimeSpan? RetryAfter = null);
