namespace Modular.Modules.Qualification.Tests.Interpretation;

public sealed class YesNoReaderTests
{
    [Theory]
    [InlineData("fr", "Ouais")]
    [InlineData("fr", "Carrément !")]
    [InlineData("fr", "ok")]
    [InlineData("fr", "👍")]
    [InlineData("fr", "Ouiii !!")]
    [InlineData("fr", "bien sûr")]
    [InlineData("fr", "Si !")]
    [InlineData("en", "Yep")]
    [InlineData("en", "yes please")]
    [InlineData("en", "✅")]
    public void Colloquial_yes_and_emoji_are_yes(string locale, string reply)
    {
        var read = Questions.YesNo(locale).Read(reply);

        read.Understood.ShouldBeTrue(read.Explanation);
        read.Value.ShouldBe("true");
        read.Confidence.ShouldBeInRange(0.8, 1);
    }

    [Theory]
    [InlineData("fr", "pas du tout")]
    [InlineData("fr", "Absolument pas")]
    [InlineData("fr", "nan")]
    [InlineData("fr", "bien sûr que non")]
    [InlineData("en", "nope")]
    [InlineData("en", "not really")]
    [InlineData("en", "I don't think so")]
    [InlineData("en", "👎")]
    public void Refusals_are_no_even_when_they_contain_a_yes_word(string locale, string reply)
    {
        var read = Questions.YesNo(locale).Read(reply);

        read.Understood.ShouldBeTrue(read.Explanation);
        read.Value.ShouldBe("false");
    }

    [Theory]
    [InlineData("peut-être")]
    [InlineData("je sais pas")]
    [InlineData("Maybe")]
    [InlineData("Qui êtes-vous ?")]
    public void Hesitations_and_other_talk_are_asked_again(string reply)
    {
        var read = Questions.YesNo().Read(reply);

        read.Understood.ShouldBeFalse();
        read.Value.ShouldBeNull();
        read.OptOut.ShouldBeFalse();
    }

    [Fact]
    public void A_reply_saying_both_keeps_its_first_answer_with_a_low_confidence()
    {
        var read = Questions.YesNo().Read("oui... enfin non");

        read.Value.ShouldBe("true");
        read.Confidence.ShouldBeLessThan(0.6);
    }

    [Fact]
    public void A_message_cut_inside_an_emoji_is_still_read()
    {
        var cut = "Oui 👍"[..^1];

        Questions.YesNo().Read(cut).Value.ShouldBe("true");
    }

    [Fact]
    public void The_explanation_is_in_the_conversations_language_and_quotes_the_reply_as_written()
    {
        Questions.YesNo("fr").Read("Bien sûr !").Explanation.ShouldBe("Compris comme « oui » d'après la réponse « Bien sûr ! ».");
        Questions.YesNo("en").Read("nope").Explanation.ShouldBe("Understood as \"no\" from the reply \"nope\".");
    }
}
