using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.AspNetCore.Http;

namespace Modular.Host.Runtime;

/// <summary>
/// The framework keeps process-wide caches keyed by type; a retired version's type left in one roots its load
/// context forever. Two kinds are cleared when a version retires:
/// <list type="bullet">
/// <item>caches that support .NET hot reload (System.Text.Json's member accessors among them) are told to clear,
/// exactly as hot reload does, through their assemblies' <see cref="System.Reflection.Metadata.MetadataUpdateHandlerAttribute"/>;</item>
/// <item>minimal APIs' ParameterBindingMethodCache, filled when an endpoint is mapped, has no such handler: the
/// retired version's entries are removed from it by reflection.</item>
/// </list>
/// Both reach internals; if a framework update renames them nothing breaks, and the unload test reports the
/// version as PendingUnload, which is then the truth.
/// </summary>
internal static class FrameworkCacheEviction
{
    private static readonly Type? ParameterBindingCache =
        typeof(RequestDelegateFactory).Assembly.GetType("Microsoft.AspNetCore.Http.ParameterBindingMethodCache");

    public static void Evict(AssemblyLoadContext retired)
    {
        ClearHotReloadCaches();
        EvictParameterBindingCache(retired);
    }

    private static void ClearHotReloadCaches()
    {
        var handlers = AssemblyLoadContext.Default.Assemblies
            .SelectMany(assembly => assembly.GetCustomAttributes<System.Reflection.Metadata.MetadataUpdateHandlerAttribute>())
            .Select(attribute => attribute.HandlerType.GetMethod("ClearCache", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, [typeof(Type[])]))
            .OfType<MethodInfo>();
        foreach (var clearCache in handlers)
            clearCache.Invoke(null, [null]);
    }

    private static void EvictParameterBindingCache(AssemblyLoadContext retired)
    {
        if (ParameterBindingCache is null)
            return;

        var instances = ParameterBindingCache.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => f.FieldType == ParameterBindingCache)
            .Select(f => f.GetValue(null))
            .OfType<object>();
        foreach (var cache in instances)
        {
            var dictionaries = ParameterBindingCache.GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
                .Select(f => f.GetValue(cache))
                .OfType<IDictionary>();
            foreach (var dictionary in dictionaries)
            {
                var owned = dictionary.Keys.OfType<Type>().Where(type => BelongsTo(type, retired)).ToList();
                foreach (var type in owned)
                    dictionary.Remove(type);
            }
        }
    }

    private static bool BelongsTo(Type type, AssemblyLoadContext context) =>
        AssemblyLoadContext.GetLoadContext(type.Assembly) == context
        || (type.IsGenericType && type.GetGenericArguments().Any(argument => BelongsTo(argument, context)))
        || (type.HasElementType && BelongsTo(type.GetElementType()!, context));
}
