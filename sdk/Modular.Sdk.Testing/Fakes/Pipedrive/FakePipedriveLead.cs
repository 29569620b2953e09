namespace Modular.Sdk.Testing.Fakes.Pipedrive;

/// <summary>A lead (an entry of Pipedrive's Leads inbox) as the fake holds it.</summary>
/// <param name="Id">Pipedrive's id of a lead: a UUID.</param>
/// <param name="Title">Its title.</param>
/// <param name="PersonId">The person it is linked to.</param>
/// <param name="IsArchived">Whether it was archived (archived leads leave the inbox).</param>
/// <param name="AddTime">When it was created.</param>
public sealed record FakePipedriveLead(string Id, string Title, long? PersonId, bool IsArchived, DateTimeOffset AddTime);
