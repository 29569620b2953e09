using Modular.Modules.Leads.Normalisation;

namespace Modular.Modules.Leads.Tests.Normalisation;

public sealed class NameNormaliserTests
{
    [Theory]
    [InlineData("jean-PIERRE", "Jean-Pierre")]
    [InlineData("o'neil", "O'Neil")]
    [InlineData("O'NEIL", "O'Neil")]
    [InlineData("o’brien", "O’Brien")] // typographic apostrophe kept as typed
    [InlineData("DUPONT", "Dupont")]
    [InlineData("  marie   claire  ", "Marie Claire")]
    [InlineData("jean\tpierre\nmartin", "Jean Pierre Martin")]
    [InlineData("ÉLODIE", "Élodie")]
    [InlineData("françois", "François")]
    [InlineData("jEAN", "Jean")]
    [InlineData("j.-p. dupont", "J.-P. Dupont")]
    [InlineData("Anne-Marie DU PONT", "Anne-Marie du Pont")]
    public void CasesEachPart(string raw, string expected) => NameNormaliser.Normalise(raw).ShouldBe(expected);

    [Theory]
    [InlineData("jean DE LA FONTAINE", "Jean de la Fontaine")]
    [InlineData("LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven")]
    [InlineData("otto von bismarck", "Otto von Bismarck")]
    [InlineData("maria dos santos", "Maria dos Santos")]
    [InlineData("leonardo DA VINCI", "Leonardo da Vinci")]
    [InlineData("DE LA FONTAINE", "De la Fontaine")] // the first word is always capitalised
    [InlineData("da silva", "Da Silva")]
    [InlineData("anh le", "Anh Le")] // a last word is a surname, not a particle
    [InlineData("jean d'ormesson", "Jean d'Ormesson")]
    [InlineData("D'ARTAGNAN", "D'Artagnan")]
    public void LowerCasesParticlesInsideTheName(string raw, string expected) =>
        NameNormaliser.Normalise(raw).ShouldBe(expected);

    [Theory]
    [InlineData("McDonald", "McDonald")]
    [InlineData("danny DeVito", "Danny DeVito")]
    [InlineData("MCDONALD", "Mcdonald")] // capitals alone say nothing about the intended case
    public void KeepsInnerCapitalsTypedOnPurpose(string raw, string expected) =>
        NameNormaliser.Normalise(raw).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void BlankIsNull(string? raw) => NameNormaliser.Normalise(raw).ShouldBeNull();

    [Fact]
    public void LeavesPartsWithoutLettersAlone() => NameNormaliser.Normalise("louis 14").ShouldBe("Louis 14");
}
