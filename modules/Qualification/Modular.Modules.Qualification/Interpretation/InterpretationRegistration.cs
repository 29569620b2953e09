using Autofac;
using Microsoft.Extensions.Configuration;
using Modular.Modules.Qualification.Interpretation.BuiltIn;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Modules.Qualification.Interpretation;

/// <summary>The services answer interpretation needs in the module's scope.</summary>
internal static class InterpretationRegistration
{
    /// <summary>How long a plugin interpreter may take by default: above the OpenAI plugin's own 10 s, so its timeout (with its clearer error) comes first.</summary>
    private const double DefaultTimeoutSeconds = 15;

    public static void RegisterInterpretation(this ContainerBuilder builder, IConfiguration configuration)
    {
        // Also registered as the extension point, so a list of the active interpreters shows "builtin" beside the plugins'.
        builder.RegisterType<BuiltInInterpreter>().AsSelf().As<IAnswerInterpreter>().SingleInstance();
        var timeout = TimeSpan.FromSeconds(configuration.GetValue("InterpreterTimeoutSeconds", DefaultTimeoutSeconds));
        builder.RegisterType<AnswerInterpreters>().WithProperty(nameof(AnswerInterpreters.Timeout), timeout).InstancePerLifetimeScope();
    }
}
