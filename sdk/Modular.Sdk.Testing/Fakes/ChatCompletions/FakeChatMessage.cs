namespace Modular.Sdk.Testing.Fakes.ChatCompletions;

/// <summary>One message of a chat-completions request, as the fake received it.</summary>
/// <param name="Role">system, developer, user or assistant.</param>
/// <param name="Content">The message's text (text parts joined when it was sent as parts); empty when it had none.</param>
public sealed record FakeChatMessage(string Role, string Content);
