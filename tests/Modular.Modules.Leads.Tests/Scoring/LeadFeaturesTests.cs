using Modular.Modules.Leads.Scoring.Engine;
using static Modular.Modules.Leads.Tests.Scoring.TestLeads;

namespace Modular.Modules.Leads.Tests.Scoring;

public sealed class LeadFeaturesTests
{
    [Fact]
    public void A_lead_becomes_its_categorical_features()
    {
        var lead = With(
            fields: new Dictionary<string, string?> { ["source"] = " Google  Ads", ["country"] = "FR", ["email"] = "a@b.fr" },
            answers: new Dictionary<string, string?> { ["Budget"] = "Over 10K", ["timeline"] = " ", ["need"] = null },
            firstReplyAfter: TimeSpan.FromMinutes(3));

        WinPredictor.Features(lead, "WhatsApp").ShouldBe(
            new Dictionary<string, string>
            {
                ["source"] = "google ads",
                ["country"] = "fr",
                ["phoneType"] = "unknown",
                ["channel"] = "whatsapp",
                ["firstReply"] = "<5m",
                ["answer:budget"] = "over 10k",
            },
            ignoreOrder: true);
    }

    [Theory]
    [InlineData(null, "none")]
    [InlineData(4.99, "<5m")]
    [InlineData(5.0, "<1h")]
    [InlineData(59.0, "<1h")]
    [InlineData(60.0, "<1d")]
    [InlineData(1439.0, "<1d")]
    [InlineData(1440.0, ">=1d")]
    public void Reply_speed_falls_in_a_bucket(double? minutes, string bucket)
    {
        var lead = With(firstReplyAfter: minutes is { } m ? TimeSpan.FromMinutes(m) : null);

        WinPredictor.Features(lead, channel: null)["firstReply"].ShouldBe(bucket);
        WinPredictor.Features(lead, channel: null)["channel"].ShouldBe("unknown");
    }
}
