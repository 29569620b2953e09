using System.Runtime.Loader;
using Autofac;

namespace Modular.Host.Platform.Jobs;

/// <summary>An active module or plugin version, as far as finding its job handlers goes: its scope and the load context its own code lives in.</summary>
internal sealed record ModuleScope(ILifetimeScope Scope, AssemblyLoadContext LoadContext);
