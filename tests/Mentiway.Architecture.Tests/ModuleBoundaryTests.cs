using System.Reflection;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.Feedback;
using Mentiway.Homework;
using Mentiway.Notifications;
using Mentiway.Programmes;
using Mentiway.Sessions;
using NetArchTest.Rules;
using Xunit;

namespace Mentiway.Architecture.Tests;

/// <summary>
/// The modules talk only through each other's contracts, and the host only composes them. One rule for all
/// modules: a new module is one more line in <see cref="Modules"/>.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly[] Modules =
    [
        typeof(ProgrammesModule).Assembly,
        typeof(SessionsModule).Assembly,
        typeof(HomeworkModule).Assembly,
        typeof(FeedbackModule).Assembly,
        typeof(NotificationsModule).Assembly,
    ];

    private static readonly Assembly HostAssembly = typeof(Program).Assembly;

    public static TheoryData<string> ModuleNames => new(Modules.Select(NameOf));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Module_ReferencesOtherModules_OnlyThroughTheirContracts(string module)
    {
        var references = MentiwayReferencesOf(Module(module));

        var allowed = references.Where(name =>
            name == "Mentiway.BuildingBlocks" || name.EndsWith(".Contracts", StringComparison.Ordinal));

        Assert.Equal(references.Order(), allowed.Order());
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Contracts_ReferenceNothingOfMentiway(string module)
    {
        var contracts = Assembly.Load($"Mentiway.{module}.Contracts");

        Assert.Empty(MentiwayReferencesOf(contracts));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Host_ReachesAModule_OnlyThroughItsRegistration(string module)
    {
        var insideTheModule = Module(module).GetTypes()
            .Select(type => type.Namespace)
            .OfType<string>()
            .Where(ns => ns.StartsWith($"Mentiway.{module}.", StringComparison.Ordinal))
            .Distinct()
            .ToArray();

        var result = Types.InAssembly(HostAssembly)
            .Should()
            .NotHaveDependencyOnAny(insideTheModule)
            .GetResult();

        // The mediator's generated dispatcher (namespace Mediator) names every handler by necessity; the host's own
        // code may not.
        var offenders = (result.FailingTypes ?? []).Select(type => type.FullName)
            .Where(name => name.StartsWith("Mediator.", StringComparison.Ordinal) == false)
            .ToList();
        Assert.True(insideTheModule.Length == 0 || offenders.Count == 0, string.Join(", ", offenders));
    }

    [Fact]
    public void BuildingBlocks_ReferenceNoModule()
    {
        Assert.Empty(MentiwayReferencesOf(typeof(ICurrentActor).Assembly));
    }

    [Fact]
    public void Host_ReferencesEveryModule()
    {
        var references = MentiwayReferencesOf(HostAssembly);

        Assert.All(Modules, module => Assert.Contains(module.GetName().Name, references));
    }

    private static Assembly Module(string name) => Modules.Single(module => NameOf(module) == name);

    private static string NameOf(Assembly module) => module.GetName().Name!["Mentiway.".Length..];

    private static List<string> MentiwayReferencesOf(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("Mentiway.", StringComparison.Ordinal))
            .ToList();
}
