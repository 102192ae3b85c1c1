using Mentiway.Feedback;
using Mentiway.Host.Composition;
using Mentiway.Host.Demo;
using Mentiway.Host.Identity;
using Mentiway.Homework;
using Mentiway.Notifications;
using Mentiway.Programmes;
using Mentiway.Sessions;
using Wolverine;

var builder = WebApplication.CreateBuilder(args);

builder.AddMentiwayPlatform();
builder.AddMentiwayHardening();
builder.Services.AddMentiwayPersistence(builder.Configuration);
builder.Host.UseWolverine(options => PersistenceSetup.ConfigureMessaging(options, builder.Configuration));
builder.Services.AddMentiwayMediator();
builder.Services.AddMentiwayAuthentication(builder.Configuration);
builder.Services.AddMentiwayDemo(builder.Configuration);

builder.Services.AddProgrammesModule();
builder.Services.AddSessionsModule();
builder.Services.AddHomeworkModule();
builder.Services.AddFeedbackModule();
builder.Services.AddNotificationsModule();

var app = builder.Build();

app.UseMentiwayPlatform();
app.MapDemoTokens();

app.MapProgrammesEndpoints();
app.MapSessionsEndpoints();
app.MapHomeworkEndpoints();
app.MapFeedbackEndpoints();
app.MapNotificationsEndpoints();

await app.RunAsync();

/// <summary>The entry point, visible to the tests' host factory.</summary>
public partial class Program;
