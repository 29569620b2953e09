using Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;
using Modular.Sdk.Extensions;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Sending;

public sealed class SendTextTests
{
    [Fact]
    public async Task Free_text_inside_the_window_is_accepted_and_answers_the_wamid_meta_gave()
    {
        await using var test = await ChannelUnderTest.StartAsync();
        test.Meta.RecipientWroteNow(TestAccount.Lead);

        var result = await test.SendAsync("Bonjour Marie, votre projet est-il prévu dans les 3 mois ?");

        result.Outcome.ShouldBe(RemoteOutcome.Created, result.Message);
        var accepted = test.Meta.Messages.ShouldHaveSingleItem();
        result.ProviderMessageId.ShouldBe(accepted.Id);
        result.ProviderMessageId.ShouldStartWith("wamid.");
        accepted.To.ShouldBe(TestAccount.LeadDigits);
        accepted.Type.ShouldBe("text");
        accepted.Text.ShouldBe("Bonjour Marie, votre projet est-il prévu dans les 3 mois ?");
    }

    [Fact]
    public async Task A_base_url_with_a_path_keeps_it_before_the_version()
    {
        await using var test = await ChannelUnderTest.StartAsync();
        test.Meta.RecipientWroteNow(TestAccount.Lead);
        var behindPrefix = TestAccount.Connection(new Uri(test.Meta.BaseUrl, "graph"));

        var result = await test.SendAsync("Bonjour", connection: behindPrefix);

        // The fake serves /{version}/{id}/messages only: a prefix kept means a 2500 "unknown path" refusal.
        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.ErrorCode.ShouldBe("2500");
    }

    [Fact]
    public async Task A_wrong_access_token_fails_permanently_and_the_token_is_in_neither_the_message_nor_the_logs()
    {
        await using var test = await ChannelUnderTest.StartAsync();
        test.Meta.RecipientWroteNow(TestAccount.Lead);
        const string wrongToken = "EAAGwrongtoken0123456789";
        var connection = TestAccount.Connection(test.Meta.BaseUrl, settings => settings["accessToken"] = wrongToken);

        var result = await test.SendAsync("Bonjour", connection: connection);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.ErrorCode.ShouldBe("190");
        result.Message.ShouldNotBeNull().ShouldNotContain(wrongToken);
        test.Logger.Lines.ShouldNotBeEmpty();
        test.Logger.Lines.ShouldAllBe(line => !line.Contains(wrongToken));
        test.Meta.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_phone_number_id_is_refused_by_meta_as_a_permanent_failure()
    {
        await using var test = await ChannelUnderTest.StartAsync();
        test.Meta.RecipientWroteNow(TestAccount.Lead);
        var connection = TestAccount.Connection(test.Meta.BaseUrl, settings => settings["phoneNumberId"] = "999999999999999");

        var result = await test.SendAsync("Bonjour", connection: connection);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.ErrorCode.ShouldBe("100");
    }

    [Fact]
    public async Task A_configuration_without_access_token_fails_permanently_without_calling_meta()
    {
        await using var test = await ChannelUnderTest.StartAsync();
        var connection = TestAccount.Connection(test.Meta.BaseUrl, settings => settings.Remove("accessToken"));

        var result = await test.SendAsync("Bonjour", connection: connection);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        test.Meta.SendRequests.ShouldBe(0);
    }
}
