using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Modular.Architecture.Tests;

/// <summary>What an assembly references and exposes, read from its metadata without loading it.</summary>
internal sealed record AssemblyFacts(string Name, IReadOnlyList<string> References, IReadOnlyList<PublicType> PublicTypes)
{
    public static AssemblyFacts Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        var references = metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .ToList();

        var publicTypes = metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(type => (type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
            .Select(type => new PublicType(
                metadata.GetString(type.Name),
                type.GetInterfaceImplementations()
                    .Select(handle => metadata.GetInterfaceImplementation(handle).Interface)
                    .Where(handle => handle.Kind == HandleKind.TypeReference)
                    .Select(handle => metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)handle).Name))
                    .ToList()))
            .ToList();

        return new AssemblyFacts(metadata.GetString(metadata.GetAssemblyDefinition().Name), references, publicTypes);
    }
}

internal sealed record PublicType(string Name, IReadOnlyList<string> Interfaces);
