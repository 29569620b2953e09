namespace Modular.Sdk.Extensions.Crm;

/// <summary>
/// Optional capability of a connector: reading the leads or contacts created in the CRM, oldest first, so a client
/// whose leads land in their CRM first gets them qualified too. Implement it on the same class as
/// <see cref="ICrmConnector"/>; the Crm module polls it with the cursor it returned last.
/// </summary>
public interface ICrmLeadFeed
{
    /// <summary>
    /// Reads a page of records created after <paramref name="cursor"/>. A null cursor is the first read of a new
    /// connection: start from now rather than from the CRM's first record, or every old contact of the account would
    /// be contacted; the page may then be empty with a cursor for the next read. The host stores <see cref="CrmLeadPage.NextCursor"/> only after it has taken every lead of the page, so a page
    /// may be read twice; records are told apart by their id.
    /// </summary>
    Task<CrmLeadPage> ReadNewLeadsAsync(CrmConnection connection, string? cursor, CancellationToken cancellationToken);
}

/// <summary>A lead or contact as the CRM holds it.</summary>
/// <param name="RemoteId">The CRM's id of the record.</param>
/// <param name="Email">Email address.</param>
/// <param name="Phone">Phone, as the CRM stores it.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
/// <param name="Company">Company name.</param>
/// <param name="CreatedAt">When the record was created in the CRM.</param>
public sealed record CrmIncomingLead(string RemoteId, string? Email, string? Phone, string? FirstName, string? LastName, string? Company, DateTimeOffset CreatedAt);

/// <summary>A page of the feed.</summary>
/// <param name="Leads">The records, oldest first.</param>
/// <param name="NextCursor">Where the next read starts; the cursor given when nothing new was found.</param>
/// <param name="Failure">Why the page could not be read, as a connector result; null on success.</param>
public sealed record CrmLeadPage(IReadOnlyList<CrmIncomingLead> Leads, string? NextCursor, CrmResult? Failure = null);
