namespace Modular.Sdk.Extensions.Crm;

/// <summary>
/// Optional capability of a connector: reading how the records it pushed ended (deals won or lost), so predictive
/// scoring learns from the client's real results. Implement it on the same class as <see cref="ICrmConnector"/>; the
/// Crm module polls it with the cursor it returned last and matches outcomes to leads by the record ids it stored.
/// </summary>
public interface ICrmOutcomeReader
{
    /// <summary>
    /// Reads a page of outcomes decided after <paramref name="cursor"/> (from the CRM's first when null: past results
    /// teach scoring and contact nobody), oldest first. An outcome may come again (a deal edited after it was decided);
    /// the host records the same outcome once.
    /// </summary>
    Task<CrmOutcomePage> ReadOutcomesAsync(CrmConnection connection, string? cursor, CancellationToken cancellationToken);
}

/// <summary>How one record ended.</summary>
/// <param name="RemoteId">The record the upsert returned (the contact, person or lead), not the deal's id.</param>
/// <param name="Won">True when won, false when lost.</param>
/// <param name="AmountMinor">The deal's amount in minor units, when won and known.</param>
/// <param name="Currency">ISO 4217 code of <paramref name="AmountMinor"/>.</param>
/// <param name="DecidedAt">When the CRM recorded it.</param>
public sealed record CrmOutcome(string RemoteId, bool Won, long? AmountMinor, string? Currency, DateTimeOffset DecidedAt);

/// <summary>A page of outcomes.</summary>
/// <param name="Outcomes">The outcomes, oldest first.</param>
/// <param name="NextCursor">Where the next read starts; the cursor given when nothing new was found.</param>
/// <param name="Failure">Why the page could not be read, as a connector result; null on success.</param>
public sealed record CrmOutcomePage(IReadOnlyList<CrmOutcome> Outcomes, string? NextCursor, CrmResult? Failure = null);
