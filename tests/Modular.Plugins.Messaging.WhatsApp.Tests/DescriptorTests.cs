using Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;

namespace Modular.Plugins.Messaging.WhatsApp.Tests;

public sealed class DescriptorTests
{
    [Fact]
    public void The_channel_addresses_phones_on_the_graph_api_with_a_24_hour_free_text_window()
    {
        var channel = Inbound.Channel;

        channel.Key.ShouldBe("whatsapp");
        channel.Descriptor.AddressKind.ShouldBe("phone");
        channel.Descriptor.DefaultBaseUrl.ShouldBe(new Uri("https://graph.facebook.com"));
        channel.Descriptor.FreeTextWindow.ShouldBe(TimeSpan.FromHours(24));
    }

    [Fact]
    public void Credentials_are_secret_and_only_the_api_version_is_optional()
    {
        var settings = Inbound.Channel.Descriptor.Settings;

        settings.Select(setting => setting.Name).ShouldBe(["phoneNumberId", "accessToken", "appSecret", "verifyToken", "templateName", "templateLanguage", "apiVersion"]);
        settings.Where(setting => setting.Secret).Select(setting => setting.Name).ShouldBe(["accessToken", "appSecret", "verifyToken"]);
        settings.Where(setting => !setting.Required).Select(setting => setting.Name).ShouldBe(["apiVersion"]);
    }
}
