namespace Modular.Plugins.Crm.GenericHttp;

/// <summary>One piece of a template's string: literal text, or the name of a placeholder (without its braces).</summary>
internal readonly record struct TextPart(string Text, bool IsPlaceholder);
