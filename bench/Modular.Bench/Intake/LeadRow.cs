namespace Modular.Bench.Intake;

/// <summary>
/// The leads row the host's intake stores for one of the bench's submissions, built the cheap way (the bench's
/// people are valid French mobiles and plain addresses), so the baseline writes what the host writes.
/// </summary>
internal sealed record LeadRow(Guid Id, Guid TenantId, Guid SourceId, string FirstName, string LastName, string Email, string Phone,
    string Message, string SearchText, DateTimeOffset CreatedAt)
{
    public static LeadRow From(BenchPerson person, Guid tenantId, Guid sourceId, DateTimeOffset now)
    {
        var phone = "+33" + person.Phone[1..];
        var email = person.Email.Trim().ToLowerInvariant();
        return new LeadRow(Guid.CreateVersion7(), tenantId, sourceId, person.FirstName, person.LastName, email, phone, person.Message,
            $"{person.FirstName} {person.LastName} {email} {phone}".ToLowerInvariant(), now);
    }
}
