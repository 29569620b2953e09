namespace Modular.Modules.Qualification.Tests.Interpretation;

public sealed class ChoiceReaderTests
{
    private static readonly Modular.Sdk.Extensions.Interpretation.QuestionSpec Property = Questions.Choice("fr",
        Questions.Option("Maison"), Questions.Option("Appartement", "appart", "T2", "T3"), Questions.Option("Terrain"));

    [Theory]
    [InlineData("Maison", "Maison")]
    [InlineData("maison", "Maison")]
    [InlineData("un appart", "Appartement")]
    [InlineData("Un T3 en centre-ville", "Appartement")]
    [InlineData("appartemnt", "Appartement")]
    [InlineData("Une maisson", "Maison")]
    [InlineData("2", "Appartement")]
    [InlineData("la 3", "Terrain")]
    [InlineData("la deuxième", "Appartement")]
    [InlineData("le premier", "Maison")]
    [InlineData("le dernier", "Terrain")]
    [InlineData("pas un appart, une maison", "Maison")]
    public void A_choice_is_found_by_name_synonym_typo_index_or_ordinal_and_answered_exactly(string reply, string expected)
    {
        var read = Property.Read(reply);

        read.Understood.ShouldBeTrue(read.Explanation);
        read.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("les deux")]
    [InlineData("un local commercial")]
    [InlineData("5")]
    [InlineData("maison ou appartement")]
    public void No_choice_or_several_is_not_understood(string reply) =>
        Property.Read(reply).Understood.ShouldBeFalse();

    [Fact]
    public void English_ordinals_and_stems_work_too()
    {
        var works = Questions.Choice("en", Questions.Option("Solar panels", "PV"), Questions.Option("Heat pump"), Questions.Option("Insulation"));

        works.Read("the second one").Value.ShouldBe("Heat pump");
        works.Read("Insulating the attic").Value.ShouldBe("Insulation");
        works.Read("heatpump").Value.ShouldBe("Heat pump");
    }

    [Fact]
    public void A_number_falls_into_the_one_bracket_that_holds_it()
    {
        var budget = Questions.Choice("fr", Questions.Option("Moins de 200 000 €"), Questions.Option("200 000 à 400 000 €"), Questions.Option("Plus de 400 000 €"));

        budget.Read("300k").Value.ShouldBe("200 000 à 400 000 €");
        budget.Read("moins de 200k").Value.ShouldBe("Moins de 200 000 €");
        budget.Read("plus de 400k").Value.ShouldBe("Plus de 400 000 €");
        budget.Read("pas de budget").Understood.ShouldBeFalse("\"none\" is zero for a number question, not a bracket");
    }
}
