namespace Modular.Modules.Qualification.Tests.Interpretation;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("250000", 250000)]
    [InlineData("250 000 €", 250000)]
    [InlineData("250.000 euros", 250000)]
    [InlineData("250,000", 250000)]
    [InlineData("250k", 250000)]
    [InlineData("€250K", 250000)]
    [InlineData("1,5 M€", 1500000)]
    [InlineData("1.2 million", 1200000)]
    [InlineData("2 millions", 2000000)]
    [InlineData("200 mille", 200000)]
    [InlineData("deux cent cinquante mille", 250000)]
    [InlineData("quatre-vingt-dix", 90)]
    [InlineData("soixante et onze", 71)]
    [InlineData("un million et demi", 1500000)]
    [InlineData("two hundred and fifty thousand", 250000)]
    [InlineData("half a million", 500000)]
    [InlineData("1 250,50", 1250.5)]
    public void Digits_words_multipliers_and_separators_give_one_number(string reply, double expected)
    {
        var read = Questions.Number("€").Read(reply);

        read.Understood.ShouldBeTrue(read.Explanation);
        read.Value.ShouldBe(((decimal)expected).ToString(System.Globalization.CultureInfo.InvariantCulture));
        read.Min.ShouldBe((decimal)expected);
        read.Max.ShouldBe((decimal)expected, "one number: min and max are equal");
    }

    [Theory]
    [InlineData("entre 200 et 300k", 200000, 300000)]
    [InlineData("200-300k", 200000, 300000)]
    [InlineData("de 150 à 200 k€", 150000, 200000)]
    [InlineData("between 1 and 2 million", 1000000, 2000000)]
    [InlineData("de 2 à 300 000", 200000, 300000)]
    [InlineData("entre 450 et 500 000 €", 450000, 500000)]
    public void A_range_gives_its_ends_and_its_midpoint_as_value(string reply, int min, int max)
    {
        var read = Questions.Number("€").Read(reply);

        read.Min.ShouldBe(min);
        read.Max.ShouldBe(max);
        read.Value.ShouldBe(((min + max) / 2m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        read.Explanation.ShouldContain("milieu");
    }

    [Theory]
    [InlineData("at least 50", 50, null)]
    [InlineData("au moins 400k", 400000, null)]
    [InlineData("500k+", 500000, null)]
    [InlineData("moins de 10", null, 10)]
    [InlineData("200k max", null, 200000)]
    [InlineData("no more than 350k", null, 350000)]
    [InlineData("3 chambres minimum", 3, null)]
    [InlineData("350 000 € grand maximum", null, 350000)]
    public void An_open_range_leaves_its_open_end_null_and_its_bound_as_value(string reply, int? min, int? max)
    {
        var read = Questions.Number("€").Read(reply);

        read.Min.ShouldBe(min);
        read.Max.ShouldBe(max);
        read.Value.ShouldBe((min ?? max)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_number_in_the_questions_unit_wins_over_other_numbers()
    {
        Questions.Number("m²").Read("un 3 pièces de 65 m2").Value.ShouldBe("65");
        Questions.Number("m²").Read("150m2").Value.ShouldBe("150");
        Questions.Number("€").Read("1M2").Value.ShouldBe("1200000");
    }

    [Theory]
    [InlineData("je ne sais pas encore")]
    [InlineData("beaucoup")]
    [InlineData("aucune idée")]
    public void No_number_is_not_understood(string reply) =>
        Questions.Number().Read(reply).Understood.ShouldBeFalse();

    [Fact]
    public void An_amount_in_another_currency_is_kept_with_a_low_confidence_and_a_note()
    {
        var read = Questions.Number("€", "en").Read("$300,000.00");

        read.Value.ShouldBe("300000");
        read.Confidence.ShouldBeLessThanOrEqualTo(0.6);
        read.Explanation.ShouldContain("the reply is in $, not €");
    }

    [Fact]
    public void None_is_zero() => Questions.Number().Read("aucun").Value.ShouldBe("0");
}
