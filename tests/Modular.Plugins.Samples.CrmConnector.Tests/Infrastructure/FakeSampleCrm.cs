using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Modular.Sdk.Testing.Fakes;

namespace Modular.Plugins.Samples.CrmConnector.Tests.Infrastructure;

/// <summary>
/// A local stand-in for Sample CRM (its API is described on the plugin's SampleCrmApi) on a free loopback port. It
/// holds contacts and notes in memory, records every call, and can be told to answer the next calls with an error,
/// so tests see exactly what the connector sent and how it reads each answer.
/// </summary>
internal sealed partial class FakeSampleCrm
{
    public const string ApiKey = "sk_live_sample_4f8a0c2e9b7d";
    private const string RevokedApiKey = "sk_live_sample_revoked_51e3";

    private readonly object gate = new();
    private readonly List<FakeContact> contacts = [];
    private readonly List<FakeNote> notes = [];
    private readonly List<FakeRequest> requests = [];
    private readonly Queue<Func<IResult>> scriptedAnswers = new();
    private int nextId = 1;
    private WebApplication? app;

    /// <summary>The API root, with a path and without a trailing slash, as tenants often paste it.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<FakeContact> Contacts { get { lock (gate) return [.. contacts]; } }

    public IReadOnlyList<FakeNote> Notes { get { lock (gate) return [.. notes]; } }

    public IReadOnlyList<FakeRequest> Requests { get { lock (gate) return [.. requests]; } }

    /// <summary>Starts the fake on 127.0.0.1, on a port the system picks so tests can run side by side.</summary>
    public static async Task<FakeSampleCrm> StartAsync()
    {
        var crm = new FakeSampleCrm();
        // The test kit's loopback server: a silent Kestrel app on 127.0.0.1, on a port the system picks.
        crm.app = LoopbackServer.Create();
        SampleCrmEndpoints.Map(crm.app, crm);
        crm.BaseUrl = new Uri(await LoopbackServer.StartAsync(crm.app, default), "v1");
        return crm;
    }

    /// <summary>The next <paramref name="calls"/> calls with a valid key get this answer and change nothing.</summary>
    public void AnswerNext(int calls, Func<IResult> answer)
    {
        lock (gate)
            for (var i = 0; i < calls; i++)
                scriptedAnswers.Enqueue(answer);
    }

    internal bool IsAccepted(string? authorization) => authorization == $"Bearer {ApiKey}";

    internal IResult? NextScriptedAnswer()
    {
        lock (gate)
            return scriptedAnswers.TryDequeue(out var answer) ? answer() : null;
    }

    internal void Record(FakeRequest request)
    {
        lock (gate) requests.Add(request);
    }

    internal IReadOnlyList<FakeContact> Find(string? email, string? phone)
    {
        lock (gate)
            return [.. contacts.Where(c => email is not null ? string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase) : c.Phone == phone)];
    }

    /// <summary>Creates the contact, or answers null when another contact holds the email.</summary>
    internal FakeContact? Create(FakeContact values)
    {
        lock (gate)
        {
            if (values.Email is not null && contacts.Any(c => string.Equals(c.Email, values.Email, StringComparison.OrdinalIgnoreCase)))
                return null;
            var contact = values with { Id = $"c_{nextId++}" };
            contacts.Add(contact);
            return contact;
        }
    }

    /// <summary>Writes the values given over the contact's, or answers null for an unknown id.</summary>
    internal FakeContact? Update(string id, FakeContact values)
    {
        lock (gate)
        {
            var index = contacts.FindIndex(c => c.Id == id);
            if (index < 0)
                return null;
            var old = contacts[index];
            var fields = new Dictionary<string, string>(old.Fields);
            foreach (var (name, value) in values.Fields)
                fields[name] = value;
            return contacts[index] = new FakeContact(id, values.Email ?? old.Email, values.Phone ?? old.Phone, values.FirstName ?? old.FirstName,
                values.LastName ?? old.LastName, values.Company ?? old.Company, fields);
        }
    }

    /// <summary>Adds a note to the contact, or answers null for an unknown contact.</summary>
    internal FakeNote? AddNote(string contactId, string text)
    {
        lock (gate)
        {
            if (contacts.All(c => c.Id != contactId))
                return null;
            var note = new FakeNote($"n_{nextId++}", contactId, text);
            notes.Add(note);
            return note;
        }
    }

    public ValueTask DisposeAsync() => LoopbackServer.StopAsync(app);
}
