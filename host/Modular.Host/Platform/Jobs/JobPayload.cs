using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Modular.Host.Platform.Jobs;

/// <summary>Turns what a scheduler passes into the JSON text a handler receives.</summary>
internal static class JobPayload
{
    private static readonly JsonSerializerOptions Shared = new(JsonSerializerDefaults.Web);

    public static string Serialize(object payload)
    {
        var type = payload.GetType();
        // System.Text.Json caches metadata per type in its options; a module's private payload type cached in the
        // host's shared options would keep that module's load context alive after it is swapped out.
        var options = AssemblyLoadContext.GetLoadContext(type.Assembly) is { IsCollectible: true }
            ? new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }
            : Shared;
        return JsonSerializer.Serialize(payload, type, options);
    }
}
