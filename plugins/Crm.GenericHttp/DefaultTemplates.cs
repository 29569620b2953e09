namespace Modular.Plugins.Crm.GenericHttp;

/// <summary>
/// The bodies sent when the client sets no template of its own. They go through the same substitution as a client's
/// template, so the documented shape and the sent one cannot drift apart.
/// </summary>
internal static class DefaultTemplates
{
    public const string Upsert = """
        {
          "event": "lead.upsert",
          "lead": {
            "id": "{{lead.id}}",
            "email": "{{lead.email}}",
            "phone": "{{lead.phone}}",
            "firstName": "{{lead.firstName}}",
            "lastName": "{{lead.lastName}}",
            "company": "{{lead.company}}",
            "attributes": "{{lead.attributes}}"
          }
        }
        """;

    public const string Report = """
        {
          "event": "lead.report",
          "recordId": "{{recordId}}",
          "verdict": "{{report.verdict}}",
          "score": "{{report.score}}",
          "text": "{{report.text}}"
        }
        """;
}
