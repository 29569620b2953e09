namespace Modular.Sdk.Testing.Fakes.Pipedrive;

/// <summary>A note as the fake holds it.</summary>
/// <param name="Id">Pipedrive's id of the note.</param>
/// <param name="Content">Its content: HTML, as written.</param>
/// <param name="PersonId">The person it is attached to, if any.</param>
/// <param name="LeadId">The lead it is attached to, if any.</param>
/// <param name="AddTime">When it was created.</param>
public sealed record FakePipedriveNote(long Id, string Content, long? PersonId, string? LeadId, DateTimeOffset AddTime);
