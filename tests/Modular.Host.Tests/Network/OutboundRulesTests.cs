using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Sdk.Network;

namespace Modular.Host.Tests.Network;

/// <summary>The rules a tenant's URL must pass, against a real server on loopback: the address an attacker would aim at.</summary>
public sealed class OutboundRulesTests : IAsyncLifetime
{
    private WebApplication server = null!;
    private Uri serverUrl = null!;

    [Theory]
    [InlineData("https://crm.example.com/api", null)]
    [InlineData("http://crm.example.com/api", "https")]
    [InlineData("ftp://crm.example.com/", "https")]
    [InlineData("https://user:pass@crm.example.com/", "password")]
    [InlineData("https://10.0.0.8/", "public")]
    [InlineData("https://[::1]:8443/", "public")]
    [InlineData("https://[::ffff:169.254.169.254]/", "public")]
    public void A_url_is_judged_by_its_scheme_credentials_and_literal_address_when_saved(string url, string? refusedFor)
    {
        var refusal = new OutboundRules().Refusal(new Uri(url));
        if (refusedFor is null)
            refusal.ShouldBeNull();
        else
            refusal.ShouldNotBeNull().ShouldContain(refusedFor);
    }

    [Fact]
    public void The_operator_can_allow_http_and_private_targets()
    {
        new OutboundRules(AllowPrivateTargets: true, AllowHttp: true).Refusal(new Uri("http://10.0.0.8:8080/")).ShouldBeNull();
        new OutboundRules(AllowHttp: true).Refusal(new Uri("http://10.0.0.8:8080/")).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task A_name_or_address_that_leads_to_loopback_is_refused_when_connecting(string host)
    {
        using var client = new HttpClient(new OutboundRules(AllowHttp: true).CreateHandler());

        var failure = await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync(At(host)));

        failure.InnerException.ShouldBeOfType<OutboundTargetRefusedException>().Message.ShouldContain("AllowPrivateTargets");
    }

    [Fact]
    public async Task With_private_targets_allowed_http_may_reach_a_private_address_but_not_a_public_one()
    {
        var privateOnly = new OutboundRules(AllowPrivateTargets: true);
        using var client = new HttpClient(privateOnly.CreateHandler());

        (await client.GetStringAsync(At("localhost"))).ShouldBe("pong");
        privateOnly.Refusal(new Uri("http://10.0.0.8:8080/")).ShouldBeNull();
        privateOnly.Refusal(new Uri("http://crm.internal.example/")).ShouldBeNull("a name is judged when connecting");
        privateOnly.Refusal(new Uri("http://93.184.215.14/")).ShouldNotBeNull().ShouldContain("https");
        var failure = await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync("http://93.184.215.14/"));
        failure.InnerException.ShouldBeOfType<OutboundTargetRefusedException>().Message.ShouldContain("https");
    }

    [Fact]
    public async Task With_both_allowed_the_request_goes_through_and_a_redirect_is_answered_not_followed()
    {
        using var client = new HttpClient(new OutboundRules(AllowPrivateTargets: true, AllowHttp: true).CreateHandler());

        (await client.GetStringAsync(At("localhost"))).ShouldBe("pong");
        var moved = await client.GetAsync(new Uri(serverUrl, "/moved"));
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public void The_host_offers_extensions_the_rules_from_its_configuration()
    {
        using var folders = new ExtensionFolders();
        using var host = new ModularHost(folders, new Dictionary<string, string?>
        {
            ["Modular:Network:AllowPrivateTargets"] = "false",
            ["Modular:Network:AllowHttp"] = "true",
        });

        host.Services.GetRequiredService<OutboundRules>().ShouldBe(new OutboundRules(AllowPrivateTargets: false, AllowHttp: true));
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        server = builder.Build();
        server.MapGet("/", () => "pong");
        server.MapGet("/moved", () => Results.Redirect("/"));
        await server.StartAsync();
        serverUrl = new Uri(server.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private Uri At(string host) => new UriBuilder(serverUrl) { Host = host }.Uri;
}
