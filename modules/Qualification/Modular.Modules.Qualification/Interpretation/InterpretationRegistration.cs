using Autofac;
using Modular.Modules.Qualification.Interpretation.BuiltIn;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Interpretation;

/// <summary>The services answer interpretation needs in the module's scope.</summary>
internal static class InterpretationRegistration
{
    public static void RegisterInterpretation(this ContainerBuilder builder)
    {
        // Also registered as the extension point, so a list of the active interpreters shows "builtin" beside the plugins'.
        builder.RegisterType<BuiltInInterpreter>().AsSelf().As<IAnswerInterpreter>().SingleInstance();
        builder.RegisterType<AnswerInterpreters>().InstancePerLifetimeScope();
    }
}
