using System.Text.Json.Nodes;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.GenericHttp;

/// <summary>
/// The values a template's placeholders name, each kept as the JSON it becomes when a string is exactly that
/// placeholder: text as a string, the score as a number, the attributes as an object, a missing value as null.
/// </summary>
internal sealed class Placeholders
{
    private const string AttributePrefix = "lead.attributes.";

    private readonly Dictionary<string, JsonNode?> named;
    private readonly IReadOnlyDictionary<string, string>? attributes;

    private Placeholders(Dictionary<string, JsonNode?> named, IReadOnlyDictionary<string, string>? attributes)
    {
        this.named = named;
        this.attributes = attributes;
    }

    /// <summary>The names this set offers, for a message that tells the client what it may write.</summary>
    public string Described => string.Join(", ", named.Keys.Select(name => $"{{{{{name}}}}}"))
        + (attributes is null ? "" : $", {{{{{AttributePrefix}<name>}}}}");

    public static Placeholders ForLead(CrmLead lead) => new(new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
    {
        ["lead.id"] = lead.LeadId.ToString("D"),
        ["lead.email"] = lead.Email,
        ["lead.phone"] = lead.Phone,
        ["lead.firstName"] = lead.FirstName,
        ["lead.lastName"] = lead.LastName,
        ["lead.company"] = lead.Company,
        ["lead.attributes"] = new JsonObject(lead.Attributes.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value))),
    }, lead.Attributes);

    public static Placeholders ForReport(string recordId, CrmReport report) => new(new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
    {
        ["recordId"] = recordId,
        ["report.verdict"] = report.Verdict,
        ["report.score"] = report.Score,
        ["report.text"] = report.Text,
    }, null);

    /// <summary>
    /// The value of a placeholder this set knows, as a node of its own (a node has one parent, and a template may name a
    /// value twice). An attribute the lead lacks is known, and null: which fields are mapped is the client's choice.
    /// </summary>
    public bool TryGet(string name, out JsonNode? value)
    {
        if (named.TryGetValue(name, out var known))
        {
            value = known?.DeepClone();
            return true;
        }
        if (attributes is not null && name.StartsWith(AttributePrefix, StringComparison.Ordinal) && name.Length > AttributePrefix.Length)
        {
            value = attributes.TryGetValue(name[AttributePrefix.Length..], out var attribute) ? JsonValue.Create(attribute) : null;
            return true;
        }
        value = null;
        return false;
    }
}
