using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Alerts;
using Modular.Modules.Qualification.Alerts.Sending;
using Modular.Modules.Qualification.Contracts;

namespace Modular.Modules.Qualification.Tests.Alerts;

/// <summary>The qualification report as a rep reads it in an alert.</summary>
public sealed class AlertTextTests
{
    private static readonly Guid LeadId = Guid.Parse("0193a000-0000-7000-8000-000000000001");

    private static readonly QualificationReport Report = new(
        LeadId, Guid.NewGuid(), "Hot", "default", 1, "fr",
        [
            new ReportAnswer("project", "Avez-vous un projet ?", "oui tout à fait", "true", true),
            new ReportAnswer("budget", "Quel est votre budget ?", "environ 300k", "300000", true),
            new ReportAnswer("timeframe", "Pour quand ?", "je sais pas", null, false),
            new ReportAnswer("callback", "Quand vous rappeler ?", null, null, false),
        ],
        DateTimeOffset.Parse("2026-11-22T10:00:00Z"));

    private static readonly LeadContact Jeanne = new(LeadId, null, "Jeanne", "Dupont", "jeanne@example.fr", "+33612345678", "FR", "Dupont SA", false, 72);

    private static readonly string Link = new PublicUrls(null).LeadLink("https://modular.example.com/", LeadId);

    [Fact]
    public void An_email_carries_the_verdict_score_each_question_with_its_reply_and_reading_and_the_link()
    {
        var email = AlertText.Compose("email", Report, Jeanne, Link, AlertWording.English);

        email.Subject.ShouldBe("Hot lead: Jeanne Dupont");
        email.Body.ShouldContain("Verdict: Hot");
        email.Body.ShouldContain("Score: 72/100");
        email.Body.ShouldContain("+33612345678", customMessage: "the rep calls the lead next");
        email.Body.ShouldContain("1. Avez-vous un projet ?");
        email.Body.ShouldContain("Reply: \"oui tout à fait\"");
        email.Body.ShouldContain("Understood as: yes");
        email.Body.ShouldContain("Understood as: 300000");
        email.Body.ShouldContain("Not understood.");
        email.Body.ShouldContain("No reply.");
        email.Body.ShouldContain($"https://modular.example.com/api/v1/leads/{LeadId}");
        email.Body.Replace("\r\n", "").ShouldNotContain("\n", customMessage: "email lines end in CRLF");
    }

    [Fact]
    public void A_french_tenant_reads_its_alert_in_french()
    {
        var email = AlertText.Compose("email", Report, Jeanne, Link, AlertWording.For("fr-FR"));

        email.Subject.ShouldBe("Lead chaud : Jeanne Dupont");
        email.Body.ShouldContain("Compris comme: oui");
        email.Body.ShouldContain("Réponses:");
    }

    [Fact]
    public void An_sms_says_the_same_in_one_paragraph()
    {
        var sms = AlertText.Compose("sms", Report, Jeanne, Link, AlertWording.English);

        sms.Body.ShouldStartWith("Hot lead: Jeanne Dupont");
        sms.Body.ShouldContain("Score 72");
        sms.Body.ShouldContain("budget: \"environ 300k\" = 300000");
        sms.Body.ShouldContain("timeframe: \"je sais pas\" = ?");
        sms.Body.ShouldContain("callback: -");
        sms.Body.ShouldEndWith($"/api/v1/leads/{LeadId}");
        sms.Body.ShouldNotContain("\n");
    }

    [Fact]
    public void A_configured_public_url_wins_and_without_any_the_link_is_relative()
    {
        new PublicUrls("https://crm.acme.fr/modular").LeadLink("http://localhost", LeadId).ShouldBe($"https://crm.acme.fr/modular/api/v1/leads/{LeadId}");
        new PublicUrls(null).LeadLink(null, LeadId).ShouldBe($"/api/v1/leads/{LeadId}");
    }
}
