using Mediator;
using Mentiway.BuildingBlocks.Requests;
using Mentiway.Feedback;
using Mentiway.Homework;
using Mentiway.Notifications;
using Mentiway.Programmes;
using Mentiway.Sessions;

namespace Mentiway.Host.Composition;

internal static class MediatorSetup
{
    /// <summary>
    /// The in-module request pipeline: log, validate, then run commands in one unit of work with the outbox.
    /// The generator sees only the modules named here.
    /// </summary>
    public static IServiceCollection AddMentiwayMediator(this IServiceCollection services) =>
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies =
            [
                typeof(ProgrammesModule),
                typeof(SessionsModule),
                typeof(HomeworkModule),
                typeof(FeedbackModule),
                typeof(NotificationsModule),
            ];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(UnitOfWorkBehavior<,>),
            ];
        });
}
