using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Tests.Interpretation;

public sealed class OptOutTests
{
    public static TheoryData<string, string> OptOuts() => new()
    {
        { QuestionTypes.YesNo, "STOP" },
        { QuestionTypes.Number, "stop merci" },
        { QuestionTypes.Date, "UNSUBSCRIBE" },
        { QuestionTypes.Text, "cancel" },
        { QuestionTypes.YesNo, "Arrêtez de m'écrire" },
        { QuestionTypes.Text, "ne me contactez plus" },
        { QuestionTypes.Choice, "je veux me désinscrire" },
        { QuestionTypes.YesNo, "remove me from your list" },
        { QuestionTypes.Number, "stop texting me" },
        { QuestionTypes.Date, "leave me alone" },
        { QuestionTypes.YesNo, "Non, et ne plus m'écrire svp" },
    };

    [Theory]
    [MemberData(nameof(OptOuts))]
    public void A_stop_word_or_a_plain_refusal_is_an_opt_out_whatever_the_question(string type, string reply)
    {
        var question = new QuestionSpec(type, "", "fr", Questions.Wednesday, type == QuestionTypes.Choice ? [Questions.Option("A"), Questions.Option("B")] : null);

        var read = question.Read(reply);

        read.OptOut.ShouldBeTrue();
        read.Understood.ShouldBeFalse("an opt-out answers no question");
        read.Value.ShouldBeNull();
        read.Explanation.ShouldContain("ne plus être contacté");
    }

    [Theory]
    [InlineData("The heating stopped working last week")]
    [InlineData("Il faut que j'arrête de payer un loyer")]
    [InlineData("It's the end of the road for our old house")]
    [InlineData("non-stop au travail en ce moment")]
    [InlineData("Stop by anytime after 5")]
    public void Ordinary_words_near_a_stop_word_are_not_an_opt_out(string reply)
    {
        var read = Questions.Text().Read(reply);

        read.OptOut.ShouldBeFalse();
        read.Value.ShouldBe(reply);
    }

    [Fact]
    public void Text_is_kept_as_written_only_trimmed() =>
        Questions.Text().Read("  Vue mer si possible 🙏 ").Value.ShouldBe("Vue mer si possible 🙏");
}
