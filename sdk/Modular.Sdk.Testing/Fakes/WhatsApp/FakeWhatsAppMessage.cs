namespace Modular.Sdk.Testing.Fakes.WhatsApp;

/// <summary>A message the fake Meta server accepted, as a test asserts on it.</summary>
/// <param name="Id">The <c>wamid</c> the server answered with.</param>
/// <param name="To">Recipient as sent in <c>to</c> (digits, no plus).</param>
/// <param name="Type"><c>text</c> or <c>template</c>.</param>
/// <param name="Text">For text, the body; for a template, its body variables joined by a space.</param>
/// <param name="TemplateName">For a template, its name.</param>
/// <param name="TemplateLanguage">For a template, its language code.</param>
/// <param name="TemplateParameters">For a template, the text of each body variable in order.</param>
/// <param name="AcceptedAt">The fake server's time when it accepted the message.</param>
public sealed record FakeWhatsAppMessage(
    string Id,
    string To,
    string Type,
    string Text,
    string? TemplateName,
    string? TemplateLanguage,
    IReadOnlyList<string> TemplateParameters,
    DateTimeOffset AcceptedAt);
