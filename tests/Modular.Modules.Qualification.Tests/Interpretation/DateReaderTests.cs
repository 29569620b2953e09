namespace Modular.Modules.Qualification.Tests.Interpretation;

/// <summary>"Now" is Wednesday 18 November 2026, 14:30 in Paris.</summary>
public sealed class DateReaderTests
{
    [Theory]
    [InlineData("fr", "demain", "2026-11-19")]
    [InlineData("fr", "dans 3 mois", "2027-02-18")]
    [InlineData("fr", "le mois prochain", "2026-12-01")]
    [InlineData("fr", "la semaine prochaine", "2026-11-23")]
    [InlineData("fr", "au printemps", "2027-03-20")]
    [InlineData("fr", "cet été", "2027-06-21")]
    [InlineData("fr", "d'ici la fin de l'année", "2026-12-31")]
    [InlineData("fr", "dès que possible", "2026-11-18")]
    [InlineData("fr", "dans quinze jours", "2026-12-02")]
    [InlineData("fr", "dans 3 à 6 mois", "2027-02-18")]
    [InlineData("fr", "le weekend prochain", "2026-11-28")]
    [InlineData("fr", "ce week-end", "2026-11-21")]
    [InlineData("en", "ASAP", "2026-11-18")]
    [InlineData("en", "by March", "2027-03-31")]
    [InlineData("en", "next year", "2027-01-01")]
    [InlineData("en", "in 2 weeks", "2026-12-02")]
    [InlineData("en", "end of Q1", "2027-03-31")]
    [InlineData("en", "by the summer", "2027-09-21")]
    public void Relative_dates_resolve_from_the_conversations_local_day(string locale, string reply, string expected)
    {
        var read = Questions.Date(locale).Read(reply);

        read.Understood.ShouldBeTrue(read.Explanation);
        read.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("15/03/2027", "2027-03-15")]
    [InlineData("15 mars", "2027-03-15")]
    [InlineData("le 1er décembre", "2026-12-01")]
    [InlineData("March 15th", "2027-03-15")]
    [InlineData("2027-03-15", "2027-03-15")]
    [InlineData("12/01", "2027-01-12")]
    [InlineData("3/15", "2027-03-15")]
    public void Absolute_dates_without_a_year_are_their_next_occurrence(string reply, string expected) =>
        Questions.Date().Read(reply).Value.ShouldBe(expected);

    [Fact]
    public void Today_is_the_conversations_local_day_not_UTCs()
    {
        // 00:30 on the 19th in Paris is still the 18th in UTC: the lead's "demain" is the 20th.
        var justAfterMidnightInParis = new DateTimeOffset(2026, 11, 19, 0, 30, 0, TimeSpan.FromHours(1));

        Questions.Date(now: justAfterMidnightInParis).Read("demain").Value.ShouldBe("2026-11-20");
    }

    [Theory]
    [InlineData("je ne sais pas")]
    [InlineData("bientôt")]
    [InlineData("quand mon prêt sera accepté")]
    [InlineData("le 31 février")]
    [InlineData("31/02")]
    public void No_date_is_not_understood(string reply) =>
        Questions.Date().Read(reply).Understood.ShouldBeFalse();

    [Fact]
    public void The_explanation_gives_the_date_and_the_day_it_was_counted_from()
    {
        Questions.Date("fr").Read("dans 3 mois").Explanation.ShouldBe("Compris comme le 18 février 2027 : « dans 3 mois », lu le 18 novembre 2026.");
        Questions.Date("en").Read("next month").Explanation.ShouldBe("Understood as 1 December 2026: \"next month\", read on 18 November 2026.");
    }

    [Fact]
    public void Pas_maintenant_is_not_today() =>
        Questions.Date().Read("pas maintenant").Understood.ShouldBeFalse();
}
