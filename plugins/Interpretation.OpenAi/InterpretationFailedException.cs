namespace Modular.Plugins.Interpretation.OpenAi;

/// <summary>
/// The model could not give a usable answer. The message is meant for operators' logs: it names what went wrong
/// (status, error code, which rule the answer broke) and never carries the API key, the reply or the model's text.
/// </summary>
internal sealed class InterpretationFailedException(string message, Exception? inner = null) : Exception(message, inner);
