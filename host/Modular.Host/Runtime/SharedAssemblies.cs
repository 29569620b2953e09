using System.Text.RegularExpressions;

namespace Modular.Host.Runtime;

/// <summary>
/// Assemblies every module and plugin shares with the host, resolved by simple name from the default context.
/// Sharing them is what lets a type cross the boundary (an SDK interface, a contract event, an Autofac scope);
/// loading a private copy would make two incompatible types with one name. Keep in step with build/Extensions.targets,
/// which strips the same files from extension folders.
/// </summary>
internal static partial class SharedAssemblies
{
    [GeneratedRegex(
        @"^(Modular\.Sdk|.+\.Contracts|MediatR|Autofac(\..+)?|FluentValidation(\..+)?|Microsoft\.EntityFrameworkCore(\..+)?|Npgsql(\..+)?|Microsoft\.Data\.Sqlite|SQLitePCLRaw\..+|Microsoft\.Extensions\..+|Microsoft\.AspNetCore(\..+)?|System(\..+)?|Microsoft\.Win32\..+|Microsoft\.CSharp|Microsoft\.VisualBasic(\..+)?|netstandard|mscorlib|WindowsBase)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SharedName();

    public static bool IsShared(string simpleName) => SharedName().IsMatch(simpleName);

    public static bool IsContracts(string simpleName) => simpleName.EndsWith(".Contracts", StringComparison.Ordinal);
}
