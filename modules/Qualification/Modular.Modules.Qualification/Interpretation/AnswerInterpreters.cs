using Microsoft.Extensions.Logging;
using Modular.Modules.Qualification.Interpretation.BuiltIn;
using Modular.Sdk.Extensions.Interpretation;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Interpretation;

// This namespace shares its last name with the SDK record; the alias names the record.

/// <summary>
/// Interprets a reply with the interpreter a scenario chose (an LLM plugin, say), and with the built-in one when that
/// interpreter is missing, fails, answers nonsense or takes too long: a lead's reply must always get an answer, and a
/// remote model being down must not stall conversations.
/// </summary>
internal sealed class AnswerInterpreters(IExtensionPoints extensions, BuiltInInterpreter builtIn, TimeProvider time, ILogger<AnswerInterpreters> logger)
{
    /// <summary>How long a plugin may take before the built-in interpreter answers instead (<c>Extensions:qualification:InterpreterTimeoutSeconds</c>).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    public async Task<AnswerInterpretation> InterpretAsync(QuestionSpec question, string reply, string? interpreterKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(interpreterKey) || interpreterKey == BuiltInInterpreter.BuiltInKey)
            return await builtIn.InterpretAsync(question, reply, cancellationToken);

        // Looked up for each reply and not kept: a plugin swapped out must not go on answering.
        var chosen = extensions.All<IAnswerInterpreter>().FirstOrDefault(i => i.Key == interpreterKey);
        if (chosen is null)
        {
            logger.LogWarning("Answer interpreter {Key} is not active; the built-in interpreter answers instead.", interpreterKey);
            return await builtIn.InterpretAsync(question, reply, cancellationToken);
        }

        using var deadline = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            // WaitAsync too, so a plugin that ignores its token still loses the lead's reply to the built-in one in time.
            var result = await chosen.InterpretAsync(question, reply, linked.Token).WaitAsync(Timeout, time, cancellationToken);
            if (Problem(question, result) is not { } problem)
                return result;
            logger.LogWarning("Answer interpreter {Key} gave an unusable answer ({Problem}); the built-in interpreter answers instead.", interpreterKey, problem);
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning("Answer interpreter {Key} took longer than {Timeout}; the built-in interpreter answers instead.", interpreterKey, Timeout);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Answer interpreter {Key} failed; the built-in interpreter answers instead.", interpreterKey);
        }
        return await builtIn.InterpretAsync(question, reply, cancellationToken);
    }

    // A plugin's answer is used as is by the engine and shown to the lead, so one that breaks the contract is not used.
    private static string? Problem(QuestionSpec question, AnswerInterpretation? result) => result switch
    {
        null => "no answer",
        { Confidence: < 0 or > 1 or double.NaN } => $"confidence {result.Confidence} outside 0..1",
        { Understood: true, Value: null } => "understood without a value",
        { Understood: true, Value: { } value } when question.Type == QuestionTypes.Choice && question.Choices?.Any(c => c.Value == value) != true => $"'{value}' is not one of the choices",
        _ => null,
    };
}
