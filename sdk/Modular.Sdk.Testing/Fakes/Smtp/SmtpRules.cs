namespace Modular.Sdk.Testing.Fakes.Smtp;

/// <summary>What a session of the fake server checks, as set on the server when the session reads it.</summary>
internal sealed record SmtpRules((string Username, string Password)? RequiredCredentials, IReadOnlyDictionary<string, (int Code, string Text)> RecipientReplies);
