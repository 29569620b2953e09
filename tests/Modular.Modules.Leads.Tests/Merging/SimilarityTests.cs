using Modular.Modules.Leads.Merging.SimilarLeads;

namespace Modular.Modules.Leads.Tests.Merging;

public sealed class SimilarityTests
{
    private static readonly LeadIdentity Jeanne = Identity("Jeanne", "Dupont", "Lyon", "jeanne.dupont@example.fr", "+33612345678");

    [Fact]
    public void An_exact_duplicate_is_not_a_near_match_even_when_other_rules_would_call_it_one()
    {
        Similarity.Reasons(Jeanne, Identity("Jeanne", "Dupont", "Lyon", "jeanne.dupont@example.fr", "+33612345679")).ShouldBeEmpty();
        Similarity.Reasons(Jeanne, Identity("Jeanne", "Dupont", "Lyon", "jeanne.dupont@example.com", "+33612345678")).ShouldBeEmpty();
    }

    [Fact]
    public void The_name_rule_needs_the_same_full_name_and_the_same_city()
    {
        Similarity.Reasons(Jeanne, Identity("JEANNE", "dupont", " lyon ", null, null)).ShouldBe([Similarity.NameAndCity]);
        Similarity.Reasons(Jeanne, Identity("Jeanne", "Dupont", "Paris", null, null)).ShouldBeEmpty();
        Similarity.Reasons(Jeanne, Identity(null, "Dupont", "Lyon", null, null)).ShouldBeEmpty();
    }

    [Fact]
    public void A_shared_mailbox_name_at_another_domain_says_nothing_about_the_person()
    {
        var contact = Identity(null, null, null, "contact@acme.example", null);
        Similarity.Reasons(contact, Identity(null, null, null, "contact@globex.example", null)).ShouldBeEmpty();
        Similarity.Reasons(Jeanne, Identity(null, null, null, "jeanne.dupont@gmail.example", null)).ShouldBe([Similarity.EmailOtherDomain]);
    }

    [Fact]
    public void An_invalid_phone_is_never_compared()
    {
        var invalid = new LeadIdentity(Guid.NewGuid(), null, null, null, null, "+33612345679", PhoneValid: false, DateTimeOffset.UnixEpoch);
        Similarity.Reasons(Jeanne, invalid).ShouldBeEmpty();
    }

    private static LeadIdentity Identity(string? first, string? last, string? city, string? email, string? phone) =>
        new(Guid.NewGuid(), first, last, city, email, phone, phone is not null, DateTimeOffset.UnixEpoch);
}
