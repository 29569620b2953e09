using Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;
using Modular.Sdk.Extensions;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Sending;

public sealed class SendTemplateTests
{
    [Fact]
    public async Task Outside_the_window_the_configured_template_carries_the_body_as_its_one_variable()
    {
        await using var test = await ChannelUnderTest.StartAsync();

        var result = await test.SendAsync("Marie, avez-vous toujours un projet de rénovation ?", outsideWindow: true);

        result.Outcome.ShouldBe(RemoteOutcome.Created, result.Message);
        var accepted = test.Meta.Messages.ShouldHaveSingleItem();
        result.ProviderMessageId.ShouldBe(accepted.Id);
        accepted.Type.ShouldBe("template");
        accepted.TemplateName.ShouldBe(TestAccount.TemplateName);
        accepted.TemplateLanguage.ShouldBe(TestAccount.TemplateLanguage);
        accepted.TemplateParameters.ShouldBe(["Marie, avez-vous toujours un projet de rénovation ?"]);
    }

    [Fact]
    public async Task A_body_on_several_lines_is_flattened_because_meta_refuses_new_lines_in_template_variables()
    {
        await using var test = await ChannelUnderTest.StartAsync();

        var result = await test.SendAsync("Bonjour Marie,\n\nUne question rapide :\tvotre budget ?", outsideWindow: true);

        result.Outcome.ShouldBe(RemoteOutcome.Created, result.Message);
        test.Meta.Messages.ShouldHaveSingleItem().TemplateParameters.ShouldBe(["Bonjour Marie, Une question rapide : votre budget ?"]);
    }

    [Fact]
    public async Task Outside_the_window_without_a_configured_template_the_send_fails_permanently_without_calling_meta()
    {
        await using var test = await ChannelUnderTest.StartAsync();
        var connection = TestAccount.Connection(test.Meta.BaseUrl, settings => settings.Remove("templateName"));

        var result = await test.SendAsync("Bonjour", outsideWindow: true, connection: connection);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.Message.ShouldNotBeNull().ShouldContain("template");
        test.Meta.SendRequests.ShouldBe(0);
    }

    [Fact]
    public async Task A_template_meta_has_not_approved_in_that_language_fails_permanently()
    {
        await using var test = await ChannelUnderTest.StartAsync();
        var connection = TestAccount.Connection(test.Meta.BaseUrl, settings => settings["templateLanguage"] = "en_US");

        var result = await test.SendAsync("Hello", outsideWindow: true, connection: connection);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.ErrorCode.ShouldBe("132001");
    }
}
