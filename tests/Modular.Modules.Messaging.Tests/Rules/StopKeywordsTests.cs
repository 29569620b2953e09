using Modular.Modules.Messaging.Inbound;

namespace Modular.Modules.Messaging.Tests.Rules;

public sealed class StopKeywordsTests
{
    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData(" Stop! ")]
    [InlineData("S T O P")]
    [InlineData("stopall")]
    [InlineData("Unsubscribe")]
    [InlineData("cancel")]
    [InlineData("END")]
    [InlineData("quit")]
    [InlineData("Revoke")]
    [InlineData("OPTOUT")]
    [InlineData("arret")]
    [InlineData("Arrêt")]
    [InlineData("ARRÊT.")]
    public void A_stop_word_alone_opts_out(string text) => StopKeywords.IsOptOut(text).ShouldBeTrue();

    [Theory]
    [InlineData("Stop calling me at dinner time please")]
    [InlineData("stopper")]
    [InlineData("")]
    [InlineData("Oui")]
    [InlineData("STOP 2")]
    [InlineData("start")]
    public void Anything_else_is_left_to_the_interpreter(string text) => StopKeywords.IsOptOut(text).ShouldBeFalse();

    [Theory]
    [InlineData("START", true)]
    [InlineData("unstop", true)]
    [InlineData("Start!", true)]
    [InlineData("restart", false)]
    [InlineData("STOP", false)]
    public void START_and_UNSTOP_opt_back_in(string text, bool optIn) => StopKeywords.IsOptIn(text).ShouldBe(optIn);
}
