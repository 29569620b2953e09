namespace Modular.Sdk.Extensions.Interpretation;

/// <summary>Understands a lead's free-text reply to one scenario question.</summary>
public interface IAnswerInterpreter
{
    /// <summary>Stable key of the interpreter, for example <c>rules</c>.</summary>
    string Key { get; }

    /// <summary>Interprets <paramref name="reply"/> as an answer to <paramref name="question"/>.</summary>
    Task<AnswerInterpretation> InterpretAsync(QuestionSpec question, string reply, CancellationToken cancellationToken);
}
