using System.Text.Encodings.Web;
using System.Text.Json;

namespace Modular.Sdk.Testing.Fakes.ChatCompletions;

/// <summary>How the fake writes JSON: apostrophes, accents and emoji as themselves, as OpenAI writes them, not \u-escaped.</summary>
internal static class FakeJson
{
    public static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
