using Modular.Modules.Leads.Normalisation;
using Modular.Modules.Privacy.Contracts;

namespace Modular.Modules.Leads.SubjectRights;

/// <summary>
/// A data subject's email and phone as the leads table stores them: the email trimmed and lower-cased, the phone in
/// E.164 when it reads as a number in the tenant's country, or as written (trimmed) when it does not, since intake
/// keeps an unreadable number that way too.
/// </summary>
internal sealed record SubjectAddresses(string? Email, string? Phone, bool PhoneValid)
{
    public static SubjectAddresses Read(DataSubject subject, string defaultCountry)
    {
        var email = string.IsNullOrWhiteSpace(subject.Email) ? null : EmailNormaliser.Normalise(subject.Email).Value;
        if (string.IsNullOrWhiteSpace(subject.Phone))
            return new SubjectAddresses(email, null, false);

        var phone = PhoneNormaliser.Normalise(subject.Phone, defaultCountry);
        return new SubjectAddresses(email, phone.E164 ?? phone.Raw, phone.IsValid);
    }

    /// <summary>What other modules can key on: the email, and the phone only when it is a real E.164 number.</summary>
    public IEnumerable<string> Known =>
        new[] { Email, PhoneValid ? Phone : null }.OfType<string>();
}
