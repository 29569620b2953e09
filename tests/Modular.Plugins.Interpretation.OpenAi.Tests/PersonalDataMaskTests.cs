using Modular.Plugins.Interpretation.OpenAi.Masking;

namespace Modular.Plugins.Interpretation.OpenAi.Tests;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("Mon mail : jean.dupont@example.fr merci", "Mon mail : [email] merci")]
    [InlineData("écrivez à Marie-Claire.ONeil+immo@sous.domaine.example.co.uk.", "écrivez à [email].")]
    [InlineData("email me at john_smith99@example.com or call", "email me at [email] or call")]
    [InlineData("jean.dupont (at) example.fr", "[email]")]
    [InlineData("contact: j.doe[at]example.org", "contact: [email]")]
    public void Emails_are_masked(string text, string masked) => PersonalDataMask.Mask(text).ShouldBe(masked);

    [Theory]
    [InlineData("appelez-moi au 06 12 34 56 78 svp", "appelez-moi au [phone] svp")]
    [InlineData("mon numéro 0612345678", "mon numéro [phone]")]
    [InlineData("tel: 01.23.45.67.89", "tel: [phone]")]
    [InlineData("06-12-34-56-78 après 18h", "[phone] après 18h")]
    [InlineData("sur mon portable +33 6 12 34 56 78", "sur mon portable [phone]")]
    [InlineData("+33612345678", "[phone]")]
    [InlineData("+33 (0)6 12 34 56 78 le soir", "[phone] le soir")]
    [InlineData("0033 6 12 34 56 78", "[phone]")]
    [InlineData("call +44 20 7946 0958 tomorrow", "call [phone] tomorrow")]
    [InlineData("my mobile is 07700 900123", "my mobile is [phone]")]
    [InlineData("reach me on (555) 123-4567", "reach me on [phone]")]
    [InlineData("555-123-4567 after 5", "[phone] after 5")]
    [InlineData("+1 415 555 2671", "[phone]")]
    public void Phone_numbers_are_masked(string text, string masked) => PersonalDataMask.Mask(text).ShouldBe(masked);

    [Theory]
    [InlineData("J'habite au 12 rue de la Paix à Lyon", "J'habite au [address] à Lyon")]
    [InlineData("12 bis, avenue Victor Hugo", "[address]")]
    [InlineData("au 3 rue du Faubourg Saint-Honoré, au fond", "au [address], au fond")]
    [InlineData("au 5 impasse des lilas et on a un jardin", "au [address] et on a un jardin")]
    [InlineData("45 bd Haussmann", "[address]")]
    [InlineData("I live at 221B Baker Street, London", "I live at [address], London")]
    [InlineData("10 Downing Street", "[address]")]
    [InlineData("send it to 42 elm road please", "send it to [address] please")]
    [InlineData("1600 Pennsylvania Avenue", "[address]")]
    public void Street_addresses_are_masked(string text, string masked) => PersonalDataMask.Mask(text).ShouldBe(masked);

    [Theory]
    [InlineData("on est à 75011 Paris", "on est à [address]")]
    [InlineData("69100 Villeurbanne", "[address]")]
    [InlineData("13 rue Sainte, 13001 Marseille", "[address], [address]")]
    [InlineData("92100 Boulogne-Billancourt", "[address]")]
    [InlineData("94300 Vincennes Cedex", "[address]")]
    [InlineData("London SW1A 1AA", "London [address]")]
    [InlineData("Springfield, IL 62701", "[address]")]
    public void Postcodes_with_their_city_are_masked(string text, string masked) => PersonalDataMask.Mask(text).ShouldBe(masked);

    [Theory]
    [InlineData("Bonjour, je m'appelle Jean Dupont et je cherche", "Bonjour, je m'appelle [name] et je cherche")]
    [InlineData("je m’appelle marie, et j'ai 2 enfants", "je m’appelle [name], et j'ai 2 enfants")]
    [InlineData("Mon nom est Lefèvre", "Mon nom est [name]")]
    [InlineData("moi c'est Kévin", "moi c'est [name]")]
    [InlineData("C'est Sophie Martin, la voisine", "C'est [name], la voisine")]
    [InlineData("Bonjour, ici Paul-Henri de la part de Marc", "Bonjour, ici [name] de la part de Marc")]
    [InlineData("Je suis Amélie Poulain", "Je suis [name]")]
    [InlineData("Bonjour Mme Durand", "Bonjour [name]")]
    [InlineData("Cordialement, Jean-Pierre Martin", "Cordialement, [name]")]
    [InlineData("My name is John Smith and I'm interested", "My name is [name] and I'm interested")]
    [InlineData("my name is john smith", "my name is [name]")]
    [InlineData("Hi, I'm Sarah O'Connor", "Hi, I'm [name]")]
    [InlineData("Je suis Charles de Gaulle", "Je suis [name]")]
    [InlineData("je m'appelle Yann Le Goff", "je m'appelle [name]")]
    [InlineData("This is Mark from the open house", "This is [name] from the open house")]
    [InlineData("Mr. Thompson here", "Mr. [name] here")]
    [InlineData("call me Bob", "call me [name]")]
    [InlineData("c’est Inès, la fille de M. Bernard", "c’est [name], la fille de M. [name]")]
    [InlineData("I’m Zoë van der Berg", "I’m [name]")]
    [InlineData("Name: Alice Cooper", "Name: [name]")]
    public void Introduced_names_are_masked(string text, string masked) => PersonalDataMask.Mask(text).ShouldBe(masked);

    [Theory]
    [InlineData("Bonjour Jean, êtes-vous toujours intéressé par un bien à Lyon ?", "Bonjour [name], êtes-vous toujours intéressé par un bien à Lyon ?")]
    [InlineData("Hello Emma, what is your budget?", "Hello [name], what is your budget?")]
    public void A_question_greeting_the_lead_by_name_is_masked(string text, string masked) => PersonalDataMask.Mask(text).ShouldBe(masked);

    [Fact]
    public void Masking_twice_changes_nothing_more()
    {
        var once = PersonalDataMask.Mask("Je suis Léa Roux, 06 11 22 33 44, 4 rue Nationale 59000 Lille, lea@example.fr");

        PersonalDataMask.Mask(once).ShouldBe(once);
    }

    [Fact]
    public void Everything_in_one_reply_is_masked_at_once()
    {
        var reply = "Je m'appelle Claire Fontaine, 8 rue des Écoles 75005 Paris, claire.fontaine@example.fr, 07 81 22 33 44. Budget 350k.";

        PersonalDataMask.Mask(reply).ShouldBe("Je m'appelle [name], [address] [address], [email], [phone]. Budget 350k.");
    }

    // The answers the model must still see: amounts, dates, counts, yes/no, choices.
    [Theory]
    [InlineData("oui")]
    [InlineData("Oui, c'est bon")]
    [InlineData("C'est Oui")]
    [InlineData("c'est une maison")]
    [InlineData("I'm interested")]
    [InlineData("I'm Interested, yes")]
    [InlineData("It's Monday")]
    [InlineData("C'est OK pour moi")]
    [InlineData("Budget 250 000 €")]
    [InlineData("entre 200000 et 300000 euros")]
    [InlineData("50000 Euros max")]
    [InlineData("1 500 000")]
    [InlineData("Oui, OK 50000")]
    [InlineData("120 square meters")]
    [InlineData("3 rooms by the way")]
    [InlineData("le 12/03/2027")]
    [InlineData("dans 3 mois")]
    [InlineData("2 places de parking")]
    [InlineData("call me tomorrow")]
    [InlineData("Merci beaucoup")]
    [InlineData("Thanks, that's fine")]
    [InlineData("T3 de 65 m2, 2 chambres")]
    [InlineData("ASAP")]
    [InlineData("")]
    public void Answers_without_personal_data_are_left_alone(string text) => PersonalDataMask.Mask(text).ShouldBe(text);
}
