using System.Text.Json;
using Modular.Modules.Qualification.Shared;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Scenarios.Definition;

/// <summary>
/// The scenario every new tenant starts with, in French and English, so its first lead is qualified before anyone
/// edits anything: is there a project, when, what budget, when to call.
/// </summary>
internal static class DefaultScenario
{
    public const string Name = "Qualification standard";

    public static ScenarioDefinition Definition { get; } = new(
        Locales: ["fr", "en"],
        Intro: Texts(
            "Bonjour {{firstName}}, ici {{companyName}}. Merci pour votre demande ! Trois questions rapides pour mieux vous aider. (Répondez STOP pour ne plus recevoir de messages)",
            "Hello {{firstName}}, this is {{companyName}}. Thanks for your request! Three quick questions so we can help you better. (Reply STOP to opt out)"),
        Questions:
        [
            new("project", QuestionTypes.YesNo,
                Texts("Avez-vous un projet concret en ce moment ? (oui / non)", "Do you have a concrete project at the moment? (yes / no)"),
                Branches: [new Branch(new Condition("eq", Json(false)), Branch.End)]),
            new("timeframe", QuestionTypes.Date,
                Texts("Quand souhaitez-vous démarrer ? (par exemple : dans 3 mois, en juin, dès que possible)", "When would you like to start? (for example: in 3 months, in June, ASAP)")),
            new("budget", QuestionTypes.Number,
                Texts("Quel budget envisagez-vous, en euros ?", "What budget do you have in mind, in euros?"), Unit: "€"),
            new("callback", QuestionTypes.Choice,
                Texts("Quand préférez-vous être rappelé ? 1) le matin 2) l'après-midi 3) le soir", "When would you prefer us to call you? 1) morning 2) afternoon 3) evening"),
                Choices:
                [
                    new("morning", ["matin", "le matin", "am"]),
                    new("afternoon", ["après-midi", "apres-midi", "aprem", "l'après-midi", "pm"]),
                    new("evening", ["soir", "le soir", "soirée", "night"]),
                ]),
        ],
        Rules:
        [
            new(Verdicts.Disqualified, [new Condition("eq", Json(false), "project")]),
            new(Verdicts.Hot, [new Condition("eq", Json(true), "project"), new Condition("within_days", Json(90), "timeframe"), new Condition("answered", Question: "budget")]),
            new(Verdicts.Qualified, [new Condition("eq", Json(true), "project"), new Condition("answered", Question: "timeframe")]),
        ],
        FallbackVerdict: Verdicts.ToReview,
        Closings: new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [Verdicts.Hot] = Texts("Merci {{firstName}} ! Un conseiller vous appelle très vite.", "Thank you {{firstName}}! An advisor will call you very soon."),
            [Verdicts.Qualified] = Texts("Merci {{firstName}} ! Un conseiller vous recontacte prochainement.", "Thank you {{firstName}}! An advisor will get back to you shortly."),
            [Verdicts.ToReview] = Texts("Merci pour vos réponses, nous revenons vers vous.", "Thanks for your answers, we will get back to you."),
            [Verdicts.Disqualified] = Texts("Merci pour votre réponse. N'hésitez pas à revenir vers nous quand vous aurez un projet.", "Thanks for your reply. Feel free to come back to us when you have a project."),
        });

    private static IReadOnlyDictionary<string, string> Texts(string french, string english) =>
        new Dictionary<string, string> { ["fr"] = french, ["en"] = english };

    private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);
}
