namespace Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure;

/// <summary>Questions of a real estate scenario, one per type, asked on a Sunday in Paris.</summary>
internal static class Questions
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 30, 0, TimeSpan.FromHours(1));

    public static QuestionSpec YesNo(string locale = "fr") =>
        new(QuestionTypes.YesNo, "Êtes-vous propriétaire de votre logement actuel ?", locale, Now);

    public static QuestionSpec Budget(string locale = "fr") =>
        new(QuestionTypes.Number, "Quel est votre budget ?", locale, Now, Unit: "€");

    public static QuestionSpec PropertyType(string locale = "fr") =>
        new(QuestionTypes.Choice, "Vous cherchez une maison ou un appartement ?", locale, Now,
        [
            new("Maison", ["villa", "pavillon"]),
            new("Appartement", ["appart", "studio", "loft"]),
        ]);

    public static QuestionSpec MoveDate(string locale = "fr") =>
        new(QuestionTypes.Date, "Pour quand envisagez-vous d'emménager ?", locale, Now);

    public static QuestionSpec Comment(string locale = "en") =>
        new(QuestionTypes.Text, "Anything else we should know?", locale, Now);
}
