using Modular.Plugins.Interpretation.OpenAi.Answers;
using Modular.Plugins.Interpretation.OpenAi.Requests;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Plugins.Interpretation.OpenAi;

// This namespace shares its last-but-one name with the SDK record; the alias names the record.

/// <summary>
/// The <c>openai</c> interpreter: asks any OpenAI-compatible chat-completions endpoint (base URL, model and key from
/// the plugin's configuration) to read a reply, with the question and the reply masked of names, emails, phone numbers
/// and addresses first, and a strict JSON answer required.
/// <para>
/// Contract with its caller: it either returns an answer already checked against the question, or throws. Every
/// failure throws (<see cref="InterpretationFailedException"/>): no API key configured, the provider unreachable or
/// answering an HTTP error (429 and 5xx included), no answer within the configured timeout, a refusal, content that is
/// not the JSON asked for or breaks the question's rules. It never retries and never guesses: the Qualification
/// module catches the exception and lets its built-in interpreter answer, which is faster than a retry and always
/// available. Exception messages name the failure only, never the key, the reply or the model's words. Cancelling the
/// caller's token cancels the call with an <see cref="OperationCanceledException"/>, as usual.
/// </para>
/// </summary>
internal sealed class ChatCompletionsInterpreter(ChatCompletionsClient client, ChatCompletionsConfiguration configuration) : IAnswerInterpreter
{
    public const string InterpreterKey = "openai";

    public string Key => InterpreterKey;

    public async Task<AnswerInterpretation> InterpretAsync(QuestionSpec question, string reply, CancellationToken cancellationToken)
    {
        var settings = configuration.Current();
        if (settings.ApiKey is null)
            throw new InterpretationFailedException($"No API key is configured for the chat-completions interpreter (Extensions:{configuration.PluginId}:apiKey).");
        if (question.Type is not (QuestionTypes.YesNo or QuestionTypes.Number or QuestionTypes.Choice or QuestionTypes.Date or QuestionTypes.Text))
            throw new InterpretationFailedException($"The chat-completions interpreter does not know question type '{question.Type}'.");
        if (question.Type == QuestionTypes.Choice && question.Choices is not { Count: > 0 })
            throw new InterpretationFailedException("A choice question without choices cannot be interpreted.");

        var content = await client.CompleteAsync(settings, CompletionRequestBody.Write(settings, question, reply), cancellationToken);
        return AnswerReader.Read(question, reply, content);
    }
}
