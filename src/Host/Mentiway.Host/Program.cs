using Mentiway.Host.Composition;
using Mentiway.Host.Demo;
using Mentiway.Host.Identity;
using Mentiway.Programmes;
using Wolverine;

var builder = WebApplication.CreateBuilder(args);

builder.AddMentiwayPlatform();
builder.Services.AddMentiwayPersistence(builder.Configuration);
builder.Host.UseWolverine(options => PersistenceSetup.ConfigureMessaging(options, builder.Configuration));
builder.Services.AddMentiwayMediator();
builder.Services.AddMentiwayAuthentication(builder.Configuration);
builder.Services.AddMentiwayDemo(builder.Configuration);

builder.Services.AddProgrammesModule();

var app = builder.Build();

app.UseMentiwayPlatform();
app.MapDemoTokens();

app.MapProgrammesEndpoints();

await app.RunAsync();

/// <summary>The entry point, visible to the tests' host factory.</summary>
public partial class Program;
