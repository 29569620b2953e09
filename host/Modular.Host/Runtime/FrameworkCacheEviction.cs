using System.Collections;
using System.ComponentModel;
using System.Reflection;
using System.Runtime.Loader;

namespace Modular.Host.Runtime;

/// <summary>
/// The framework keeps process-wide caches keyed by type; a retired version's type left in one roots its load
/// context forever. Three kinds are cleared when a version retires:
/// <list type="bullet">
/// <item>caches that support .NET hot reload (System.Text.Json's member accessors among them) are told to clear,
/// exactly as hot reload does, through their assemblies' <see cref="System.Reflection.Metadata.MetadataUpdateHandlerAttribute"/>;</item>
/// <item>minimal APIs' ParameterBindingMethodCache, filled when an endpoint is mapped, has no such handler: the
/// retired version's entries are removed from it by reflection. It is shared source, compiled with a static copy
/// into each framework assembly that binds parameters: Microsoft.AspNetCore.Http.Extensions fills its copy when a
/// module maps an endpoint, Microsoft.AspNetCore.Mvc.Abstractions its own when ApiExplorer describes that endpoint
/// for the OpenAPI document. Every copy loaded is cleared.</item>
/// <item>TypeDescriptor (System.ComponentModel), which ApiExplorer consults for every type the OpenAPI document
/// describes (is it convertible from a string?), remembers each type it has seen in per-type tables that .NET 10's
/// hot reload handler leaves, and that <see cref="TypeDescriptor.Refresh(Type)"/> clears only for types whose
/// properties were read. The retired version's types, constructed ones like <c>IEquatable&lt;ModuleRecord&gt;</c>
/// included, are removed from them by reflection.</item>
/// </list>
/// All three reach internals; if a framework update renames them nothing breaks, and the unload test reports the
/// version as PendingUnload, which is then the truth.
/// </summary>
internal static class FrameworkCacheEviction
{
    private const string ParameterBindingCache = "Microsoft.AspNetCore.Http.ParameterBindingMethodCache";

    public static void Evict(AssemblyLoadContext retired)
    {
        ClearHotReloadCaches();
        EvictParameterBindingCaches(retired);
        EvictTypeDescriptorCaches(retired);
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

    private static void EvictParameterBindingCaches(AssemblyLoadContext retired)
    {
        var copies = AssemblyLoadContext.Default.Assemblies
            .Where(assembly => assembly.GetName().Name?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true)
            .Select(assembly => assembly.GetType(ParameterBindingCache))
            .OfType<Type>();
        foreach (var copy in copies)
            EvictParameterBindingCache(copy, retired);
    }

    private static void EvictParameterBindingCache(Type cacheType, AssemblyLoadContext retired)
    {
        var instances = cacheType.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => f.FieldType == cacheType)
            .Select(f => f.GetValue(null))
            .OfType<object>();
        foreach (var cache in instances)
        {
            var dictionaries = cacheType.GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
                .Select(f => f.GetValue(cache))
                .OfType<IDictionary>();
            foreach (var dictionary in dictionaries)
                RemoveOwnedKeys(dictionary, retired);
        }
    }

    private static void EvictTypeDescriptorCaches(AssemblyLoadContext retired)
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.NonPublic;
        var descriptor = typeof(TypeDescriptor);
        if (descriptor.GetField("s_commonSyncObject", Static)?.GetValue(null) is not { } gate
            || descriptor.GetField("s_providerTable", Static)?.GetValue(null) is not IDictionary providers)
            return;

        // The lock TypeDescriptor itself takes around its provider table.
        lock (gate)
        {
            foreach (var node in providers.Values.Cast<object>().ToList())
            {
                for (var current = node; current is not null; current = InstanceField(current, "Next"))
                {
                    if (InstanceField(InstanceField(current, "Provider"), "_typeData") is IDictionary typeData)
                        RemoveOwnedKeys(typeData, retired);
                }
            }
        }

        foreach (var perType in new[] { "s_defaultProviderInitialized", "s_providerTypeTable" })
        {
            if (descriptor.GetField(perType, Static)?.GetValue(null) is IDictionary table)
                RemoveOwnedKeys(table, retired);
        }
    }

    private static object? InstanceField(object? target, string name) =>
        target?.GetType().GetField(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(target);

    private static void RemoveOwnedKeys(IDictionary dictionary, AssemblyLoadContext retired)
    {
        var owned = dictionary.Keys.OfType<Type>().Where(type => BelongsTo(type, retired)).ToList();
        foreach (var type in owned)
            dictionary.Remove(type);
    }

    private static bool BelongsTo(Type type, AssemblyLoadContext context) =>
        AssemblyLoadContext.GetLoadContext(type.Assembly) == context
        || (type.IsGenericType && type.GetGenericArguments().Any(argument => BelongsTo(argument, context)))
        || (type.HasElementType && BelongsTo(type.GetElementType()!, context));
}
