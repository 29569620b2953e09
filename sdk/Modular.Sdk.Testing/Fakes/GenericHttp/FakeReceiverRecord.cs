namespace Modular.Sdk.Testing.Fakes.GenericHttp;

/// <summary>A record as the fake receiver holds it: the lead's fields as last written.</summary>
/// <param name="Id">The receiver's own id of the record (<c>rec-1001</c>, …), answered as <c>{"id"}</c>.</param>
/// <param name="LeadId">Modular's id of the lead last written to it, when the body named one.</param>
/// <param name="Email">Its email, as last written (matched without regard to case).</param>
/// <param name="Phone">Its phone.</param>
/// <param name="FirstName">Its given name.</param>
/// <param name="LastName">Its family name.</param>
/// <param name="Company">Its company.</param>
/// <param name="Attributes">The mapped fields, merged over every upsert.</param>
public sealed record FakeReceiverRecord(
    string Id, string? LeadId, string? Email, string? Phone, string? FirstName, string? LastName, string? Company, IReadOnlyDictionary<string, string> Attributes);
