using System.Globalization;
using Modular.Modules.Qualification.Interpretation.BuiltIn;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Tests.Interpretation;

/// <summary>
/// Leads send anything. Whatever the reply, the built-in interpreter answers without throwing, and its answer keeps
/// the contract the conversation engine relies on.
/// </summary>
public sealed class InterpreterRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "oui", "non", "pas", "stop", "k", "M", "m2", "€", "$", "entre", "et", "à", "-", "/", ".", ",", "1", "2,5", "250 000", "999999999999999",
        "1.000.000.000.000.000", "cent", "mille", "million", "et demi", "quatre-vingt", "dans", "mois", "ans", "jours", "h", "demain", "mars", "may",
        "le", "la", "deuxième", "the", "last", "été", "printemps", "fin", "d'ici", "2027", "31/02", "29/02/2027", "15/13", "0/0", "Q5", "👍", "🤷",
        "\u0000", "\u200b", "\uD83D", "\uDC4D", "ﬁ", "İ", "ß", "  ", "\n", "'", "’", "«", "»", "?", "!!!",
    ];

    private static readonly QuestionSpec[] Questions =
    [
        Interpretation.Questions.YesNo(), Interpretation.Questions.Number("€"), Interpretation.Questions.Number("m²", "en"), Interpretation.Questions.Date(),
        Interpretation.Questions.Date("en"), Interpretation.Questions.Text(),
        Interpretation.Questions.Choice("fr", Interpretation.Questions.Option("Maison"), Interpretation.Questions.Option("Moins de 200 000 €"), Interpretation.Questions.Option("2")),
    ];

    [Fact]
    public void Random_replies_never_throw_and_answers_keep_the_contract()
    {
        var random = new Random(20261118);
        for (var i = 0; i < 3_000; i++)
        {
            var reply = string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 9)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            foreach (var question in Questions)
                Check(question, reply);
        }
    }

    [Fact]
    public void Enormous_numbers_and_repetitions_are_read_or_refused_not_thrown()
    {
        foreach (var question in Questions)
        {
            Check(question, string.Concat(Enumerable.Repeat("cent ", 400)));
            Check(question, string.Concat(Enumerable.Repeat("9", 2_000)));
            Check(question, "dans 99999999999999 ans");
            Check(question, string.Join(' ', Enumerable.Repeat("999 999 999 999 999 999 M", 100)));
            Check(question, "");
        }
    }

    private static void Check(QuestionSpec question, string reply)
    {
        var read = BuiltInInterpreter.Interpret(question, reply);

        read.Confidence.ShouldBeInRange(0, 1, reply);
        read.Explanation.ShouldNotBeNullOrWhiteSpace();
        if (!read.Understood)
        {
            read.Value.ShouldBeNull(reply);
            return;
        }
        read.Value.ShouldNotBeNull(reply);
        read.OptOut.ShouldBeFalse(reply);
        switch (question.Type)
        {
            case QuestionTypes.YesNo:
                read.Value.ShouldBeOneOf("true", "false");
                break;
            case QuestionTypes.Number:
                var value = decimal.Parse(read.Value, CultureInfo.InvariantCulture);
                (read.Min is null || read.Min <= value).ShouldBeTrue(reply);
                (read.Max is null || read.Max >= value).ShouldBeTrue(reply);
                break;
            case QuestionTypes.Choice:
                question.Choices!.Select(c => c.Value).ShouldContain(read.Value);
                break;
            case QuestionTypes.Date:
                DateOnly.ParseExact(read.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
        }
    }
}
