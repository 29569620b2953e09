using FluentValidation;
using Modular.Modules.Leads.Intake;

namespace Modular.Modules.Leads.Sources;

/// <summary>What a source's settings must look like, shared by the endpoints that set them.</summary>
internal static class SourceRules
{
    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static bool IsOrigin(string origin) =>
        IsHttpUrl(origin) && new Uri(origin) is { AbsolutePath: "/", Query: "", Fragment: "" };
}

/// <summary>One mapping entry: a source path (JSON pointer or dotted) to a lead field or a named attribute.</summary>
internal sealed class FieldMappingEntryValidator : AbstractValidator<KeyValuePair<string, string>>
{
    public FieldMappingEntryValidator()
    {
        RuleFor(e => e.Key).NotEmpty().MaximumLength(200).OverridePropertyName("fieldMapping");
        RuleFor(e => e.Value).Must(LeadFields.IsMappable).OverridePropertyName("fieldMapping")
            .WithMessage(e => $"'{e.Value}' is not a lead field. Map to one of {string.Join(", ", LeadFields.Known)}, or to attributes.<name>.");
    }
}
