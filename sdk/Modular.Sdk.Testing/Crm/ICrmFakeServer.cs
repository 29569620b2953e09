namespace Modular.Sdk.Testing.Crm;

/// <summary>
/// What <see cref="CrmConnectorConformance"/> needs from a fake CRM server: where it listens, the settings it accepts
/// and refuses, the records and reports it holds in a shape common to every CRM, and scripted failures. A fake CRM
/// implements it beside its own, CRM-shaped API.
/// </summary>
public interface ICrmFakeServer : IAsyncDisposable
{
    /// <summary>The API root a connection points at.</summary>
    Uri BaseUrl { get; }

    /// <summary>Connector settings the fake accepts (tokens, ids).</summary>
    IReadOnlyDictionary<string, string> AcceptedSettings { get; }

    /// <summary>Settings of the same shape whose credentials the fake refuses, as the CRM answers a revoked token.</summary>
    IReadOnlyDictionary<string, string> RefusedSettings { get; }

    /// <summary>Every secret value in both sets of settings: none may reach a log or a result's message.</summary>
    IReadOnlyList<string> Secrets { get; }

    /// <summary>The contacts, persons or leads the fake holds, oldest first.</summary>
    IReadOnlyList<CrmFakeRecord> Records { get; }

    /// <summary>The reports (notes, tasks, activities) attached so far, in order.</summary>
    IReadOnlyList<CrmFakeReport> Reports { get; }

    /// <summary>How many calls the fake has received, whatever it answered.</summary>
    int RequestCount { get; }

    /// <summary>Adds a record as if someone had created it in the CRM, and returns its id.</summary>
    string AddRecord(string? email, string? phone, string lastName);

    /// <summary>The next <paramref name="calls"/> calls answer 500 and change nothing.</summary>
    void FailNextWithServerError(int calls = 1);

    /// <summary>The next <paramref name="calls"/> calls answer 429 with <c>Retry-After</c> in whole seconds and change nothing.</summary>
    void RateLimitNext(int calls, TimeSpan retryAfter);
}

/// <summary>A contact, person or lead as a fake CRM holds it.</summary>
/// <param name="Id">The CRM's id of the record.</param>
/// <param name="Email">Its email, as the CRM stores it.</param>
/// <param name="Phone">Its phone.</param>
/// <param name="FirstName">Its given name.</param>
/// <param name="LastName">Its family name.</param>
public sealed record CrmFakeRecord(string Id, string? Email, string? Phone, string? FirstName, string? LastName);

/// <summary>A report attached to a record.</summary>
/// <param name="RecordId">The record it is attached to.</param>
/// <param name="Text">Its text as the CRM stores it (HTML where the CRM keeps HTML).</param>
public sealed record CrmFakeReport(string RecordId, string Text);
