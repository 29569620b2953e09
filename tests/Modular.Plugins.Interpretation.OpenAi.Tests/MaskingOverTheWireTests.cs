using Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure;
using static Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure.ModelAnswers;

namespace Modular.Plugins.Interpretation.OpenAi.Tests;

/// <summary>What reaches the provider, read on its side: no name, email, phone number or address of the lead.</summary>
public sealed class MaskingOverTheWireTests : IAsyncLifetime
{
    private FakeChatCompletionsServer server = null!;
    private InterpreterPluginScope plugin = null!;

    public async Task InitializeAsync()
    {
        server = await FakeChatCompletionsServer.StartAsync();
        plugin = InterpreterPluginScope.For(server);
    }

    public async Task DisposeAsync()
    {
        plugin.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task The_provider_receives_neither_the_leads_personal_data_nor_the_names_in_the_question()
    {
        var question = new QuestionSpec(QuestionTypes.Text, "Bonjour Gaëlle, où souhaitez-vous qu'on vous rappelle ?", "fr", Questions.Now);
        const string reply = "Je m'appelle Gaëlle Le Goff, rappelez-moi au +33 6 98 76 54 32 ou au 01 44 55 66 77, "
            + "ou écrivez à gaelle.legoff@example.bzh. J'habite 17 rue Saint-Guillaume 75007 Paris.";
        string[] personal = ["Gaëlle", "Le Goff", "98 76 54 32", "01 44 55 66 77", "gaelle.legoff", "example.bzh", "17 rue", "Saint-Guillaume", "75007"];
        server.AnswerNext(Understood("kept"));

        var answer = await plugin.Interpreter.InterpretAsync(question, reply, CancellationToken.None);

        var request = server.Requests.ShouldHaveSingleItem();
        foreach (var value in personal)
        {
            request.Text.ShouldNotContain(value, Case.Insensitive);
            request.Body.ShouldNotContain(value, Case.Insensitive);
        }
        request.UserContent.ShouldNotBeNull();
        foreach (var placeholder in new[] { "[name]", "[phone]", "[email]", "[address]" })
            request.UserContent.ShouldContain(placeholder);
        answer.Value.ShouldBe(reply, "the lead's own words are kept here; only the copy sent out is masked");
    }

    [Fact]
    public async Task An_english_reply_is_masked_too()
    {
        const string reply = "Hi, I'm Oliver Twist, 48 Doughty Street, London WC1N 2LX, oliver@example.co.uk, +44 20 7405 2127. Yes, I own it.";
        string[] personal = ["Oliver", "Twist", "Doughty", "WC1N", "oliver@", "7405 2127"];
        server.AnswerNext(Understood(true));

        var answer = await plugin.Interpreter.InterpretAsync(Questions.YesNo("en"), reply, CancellationToken.None);

        answer.Value.ShouldBe("true");
        var sent = server.Requests.Single();
        foreach (var value in personal)
            sent.Body.ShouldNotContain(value);
        sent.UserContent.ShouldNotBeNull().ShouldContain("Yes, I own it.");
    }
}
