using Microsoft.Extensions.Logging;
using Modular.Modules.Qualification.Interpretation;
using Modular.Modules.Qualification.Interpretation.BuiltIn;
using Modular.Sdk.Extensions.Interpretation;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Tests.Interpretation;

// This namespace shares its last name with the SDK record; the alias names the record.

public sealed class AnswerInterpretersTests
{
    private static readonly AnswerInterpretation PluginAnswer = new(true, "true", 0.99, "The model said yes.");

    private readonly RecordingLogger logger = new();

    [Fact]
    public async Task Without_a_key_the_built_in_interpreter_answers_and_no_plugin_is_asked()
    {
        var plugin = new FakeInterpreter("llm", (_, _) => Task.FromResult(PluginAnswer));

        var read = await Interpreters(plugin).InterpretAsync(Questions.YesNo(), "ouais", null, CancellationToken.None);

        read.Explanation.ShouldBe("Compris comme « oui » d'après la réponse « ouais ».");
        plugin.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task The_chosen_plugin_answers_when_it_can()
    {
        var plugin = new FakeInterpreter("llm", (_, _) => Task.FromResult(PluginAnswer));

        var read = await Interpreters(new FakeInterpreter("other", (_, _) => throw new InvalidOperationException()), plugin)
            .InterpretAsync(Questions.YesNo(), "mouais, j'imagine", "llm", CancellationToken.None);

        read.ShouldBe(PluginAnswer);
        logger.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_missing_plugin_falls_back_to_the_built_in_interpreter_and_says_so()
    {
        var read = await Interpreters().InterpretAsync(Questions.YesNo(), "ouais", "llm", CancellationToken.None);

        read.Value.ShouldBe("true");
        logger.Warnings.ShouldHaveSingleItem().ShouldContain("llm is not active");
    }

    [Fact]
    public async Task A_failing_plugin_falls_back_to_the_built_in_interpreter_and_says_why()
    {
        var plugin = new FakeInterpreter("llm", (_, _) => throw new HttpRequestException("503 from the model"));

        var read = await Interpreters(plugin).InterpretAsync(Questions.YesNo(), "nope", "llm", CancellationToken.None);

        read.Value.ShouldBe("false");
        logger.Warnings.ShouldHaveSingleItem().ShouldContain("failed");
        logger.Exceptions.ShouldHaveSingleItem().ShouldBeOfType<HttpRequestException>();
    }

    [Fact]
    public async Task A_plugin_that_never_answers_loses_the_reply_to_the_built_in_interpreter_at_the_timeout()
    {
        // It ignores its cancellation token too: the timeout must not depend on the plugin's manners.
        var plugin = new FakeInterpreter("llm", (_, _) => new TaskCompletionSource<AnswerInterpretation>().Task);

        var read = await Interpreters(plugin, timeout: TimeSpan.FromMilliseconds(50)).InterpretAsync(Questions.YesNo(), "oui", "llm", CancellationToken.None);

        read.Value.ShouldBe("true");
        logger.Warnings.ShouldHaveSingleItem().ShouldContain("took longer");
    }

    [Fact]
    public async Task A_plugin_answer_outside_the_contract_is_not_used()
    {
        var question = Questions.Choice("en", Questions.Option("Email"), Questions.Option("SMS"));
        var plugin = new FakeInterpreter("llm", (_, _) => Task.FromResult(new AnswerInterpretation(true, "Carrier pigeon", 0.9, "Made up.")));

        var read = await Interpreters(plugin).InterpretAsync(question, "sms", "llm", CancellationToken.None);

        read.Value.ShouldBe("SMS");
        logger.Warnings.ShouldHaveSingleItem().ShouldContain("not one of the choices");
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_a_plugin_failure()
    {
        var plugin = new FakeInterpreter("llm", (_, token) => Task.Delay(Timeout.Infinite, token).ContinueWith(_ => PluginAnswer, token));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => Interpreters(plugin).InterpretAsync(Questions.YesNo(), "oui", "llm", cancelled.Token));
        logger.Warnings.ShouldBeEmpty();
    }

    private AnswerInterpreters Interpreters(params IAnswerInterpreter[] plugins) => Interpreters(plugins, TimeSpan.FromSeconds(5));

    private AnswerInterpreters Interpreters(FakeInterpreter plugin, TimeSpan timeout) => Interpreters([plugin], timeout);

    private AnswerInterpreters Interpreters(IAnswerInterpreter[] plugins, TimeSpan timeout) =>
        new(new FixedExtensionPoints([new BuiltInInterpreter(), .. plugins]), new BuiltInInterpreter(), TimeProvider.System, logger) { Timeout = timeout };

    private sealed class FixedExtensionPoints(IReadOnlyList<IAnswerInterpreter> interpreters) : IExtensionPoints
    {
        public IReadOnlyList<T> All<T>() where T : class => interpreters.OfType<T>().ToList();
    }

    private sealed class FakeInterpreter(string key, Func<QuestionSpec, CancellationToken, Task<AnswerInterpretation>> answer) : IAnswerInterpreter
    {
        public int Calls { get; private set; }

        public string Key => key;

        public Task<AnswerInterpretation> InterpretAsync(QuestionSpec question, string reply, CancellationToken cancellationToken)
        {
            Calls++;
            return answer(question, cancellationToken);
        }
    }

    private sealed class RecordingLogger : ILogger<AnswerInterpreters>
    {
        public List<string> Warnings { get; } = [];

        public List<Exception> Exceptions { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
                Warnings.Add(formatter(state, exception));
            if (exception is not null)
                Exceptions.Add(exception);
        }
    }
}
