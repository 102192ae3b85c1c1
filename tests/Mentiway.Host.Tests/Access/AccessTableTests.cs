using System.Net;
using System.Net.Http.Json;
using Mentiway.BuildingBlocks.Access;
using Mentiway.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Mentiway.Host.Tests.Access;

/// <summary>
/// Every API endpoint, called by every kind of caller on their own programme's resource and on another's, with the
/// status each must get. The rules are those of ADR 0010. An endpoint missing from the table fails
/// <see cref="EveryApiEndpoint_HasARowInTheTable"/>, so a new endpoint cannot ship without its rule.
/// </summary>
public sealed class AccessTableTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    // Letters per caller, in the order admin, coordinator, mentor, mentee:
    //   R  read: 200
    //   A  allowed: 2xx, or 409 when an earlier row already changed the state (access is decided before state)
    //   F  forbidden: 403, the caller sees the resource but may not do this
    //   H  hidden: 404, as if it did not exist
    // On the other programme's resources everyone but the admin gets H; so does a stranger, enrolled nowhere, on
    // anything. A caller without a token gets 401 everywhere but on the co-worker link.
    private static readonly AccessRule[] Rules =
    [
        Unscoped("POST", "/api/programmes", _ => "/api/programmes", Bodies.Programme, "AFFF", stranger: 'F'),
        Unscoped("GET", "/api/programmes", _ => "/api/programmes", null, "RRRR", stranger: 'R'),
        Scoped("GET", "/api/programmes/{programmeId:guid}", m => $"/api/programmes/{m.ProgrammeId}", null, "RRRR"),
        Scoped("POST", "/api/programmes/{programmeId:guid}/participants",
            m => $"/api/programmes/{m.ProgrammeId}/participants", Bodies.Enrolment, "AAFF"),
        Scoped("GET", "/api/programmes/{programmeId:guid}/participants",
            m => $"/api/programmes/{m.ProgrammeId}/participants", null, "RRFF"),
        Scoped("PATCH", "/api/participants/{participantId:guid}",
            m => $"/api/participants/{m.MenteeId}", Bodies.TimeZone, "AAHA"),
        Scoped("POST", "/api/programmes/{programmeId:guid}/pairs",
            m => $"/api/programmes/{m.ProgrammeId}/pairs", m => Bodies.Pair(m), "AAFF"),
        Scoped("GET", "/api/programmes/{programmeId:guid}/pairs",
            m => $"/api/programmes/{m.ProgrammeId}/pairs", null, "RRRR"),
        Scoped("POST", "/api/pairs/{pairId:guid}/close", m => $"/api/pairs/{m.PairId}/close", Bodies.Reason, "AAFF"),
        Scoped("GET", "/api/programmes/{programmeId:guid}/ratings",
            m => $"/api/programmes/{m.ProgrammeId}/ratings", null, "RRFF"),

        Scoped("GET", "/api/pairs/{pairId:guid}/sessions", m => $"/api/pairs/{m.PairId}/sessions", null, "RRRR"),
        Scoped("POST", "/api/pairs/{pairId:guid}/sessions",
            m => $"/api/pairs/{m.PairId}/sessions", Bodies.Session, "AFAF"),
        Scoped("GET", "/api/sessions/{sessionId:guid}", m => $"/api/sessions/{m.SessionId}", null, "RRRR"),
        Scoped("GET", "/api/sessions/{sessionId:guid}/agenda", m => $"/api/sessions/{m.SessionId}/agenda", null,
            "RRRR"),
        Scoped("POST", "/api/sessions/{sessionId:guid}/reschedule",
            m => $"/api/sessions/{m.SessionId}/reschedule", Bodies.Reschedule, "AFAF"),
        Scoped("POST", "/api/sessions/{sessionId:guid}/cancel",
            m => $"/api/sessions/{m.SessionId}/cancel", Bodies.Reason, "AFAF"),
        Scoped("POST", "/api/sessions/{sessionId:guid}/hold",
            m => $"/api/sessions/{m.SessionId}/hold", Bodies.Empty, "AFAF"),
        Scoped("PUT", "/api/sessions/{sessionId:guid}/agenda-template",
            m => $"/api/sessions/{m.SessionId}/agenda-template", Bodies.Template, "AFAF"),
        Scoped("DELETE", "/api/sessions/{sessionId:guid}/agenda-template",
            m => $"/api/sessions/{m.SessionId}/agenda-template", null, "AFAF"),
        Scoped("POST", "/api/sessions/{sessionId:guid}/reflection",
            m => $"/api/sessions/{m.SessionId}/reflection", Bodies.Reflection, "AFFA"),
        Scoped("POST", "/api/sessions/{sessionId:guid}/ratings",
            m => $"/api/sessions/{m.SessionId}/ratings", Bodies.Rating, "AFAA"),

        Scoped("POST", "/api/sessions/{sessionId:guid}/homework",
            m => $"/api/sessions/{m.SessionId}/homework", Bodies.Homework, "AFAF"),
        Scoped("GET", "/api/sessions/{sessionId:guid}/homework",
            m => $"/api/sessions/{m.SessionId}/homework", null, "RRRR"),
        Scoped("GET", "/api/homework/{homeworkId:guid}", m => $"/api/homework/{m.HomeworkId}", null, "RRRR"),
        Scoped("GET", "/api/homework/{homeworkId:guid}", m => $"/api/homework/{m.PreparationId}", null, "RRRH",
            variant: "the mentor's preparation"),
        Scoped("GET", "/api/homework/{homeworkId:guid}/history",
            m => $"/api/homework/{m.HomeworkId}/history", null, "RRRR"),
        Scoped("POST", "/api/homework/{homeworkId:guid}/start",
            m => $"/api/homework/{m.HomeworkId}/start", Bodies.Empty, "AFFA"),
        Scoped("POST", "/api/homework/{homeworkId:guid}/start",
            m => $"/api/homework/{m.PreparationId}/start", Bodies.Empty, "AFAH", variant: "the mentor's preparation"),
        Scoped("POST", "/api/homework/{homeworkId:guid}/progress",
            m => $"/api/homework/{m.HomeworkId}/progress", Bodies.Progress, "AFFA"),
        Scoped("POST", "/api/homework/{homeworkId:guid}/submit",
            m => $"/api/homework/{m.HomeworkId}/submit", Bodies.Submission, "AFFA"),
        Scoped("POST", "/api/homework/{homeworkId:guid}/edit",
            m => $"/api/homework/{m.HomeworkId}/edit", Bodies.Edit, "AFAF"),
        Scoped("POST", "/api/homework/{homeworkId:guid}/due",
            m => $"/api/homework/{m.HomeworkId}/due", Bodies.Due, "AFAF"),
        Scoped("POST", "/api/homework/{homeworkId:guid}/carry-over",
            m => $"/api/homework/{m.HomeworkId}/carry-over", Bodies.Empty, "AFAF"),
        Scoped("POST", "/api/homework/{homeworkId:guid}/cancel",
            m => $"/api/homework/{m.HomeworkId}/cancel", Bodies.Reason, "AFAF"),
        Scoped("GET", "/api/homework/{homeworkId:guid}/comments",
            m => $"/api/homework/{m.HomeworkId}/comments", null, "RRRR"),
        Scoped("POST", "/api/homework/{homeworkId:guid}/comments",
            m => $"/api/homework/{m.HomeworkId}/comments", Bodies.Comment, "AFAA"),
        Scoped("PUT", "/api/homework/{homeworkId:guid}/comments/{commentId:guid}",
            m => $"/api/homework/{m.HomeworkId}/comments/{m.CommentId}", Bodies.Comment, "FFFA"),
        Scoped("GET", "/api/homework/{homeworkId:guid}/feedback",
            m => $"/api/homework/{m.HomeworkId}/feedback", null, "RRRR"),
        Scoped("POST", "/api/homework/{homeworkId:guid}/feedback",
            m => $"/api/homework/{m.HomeworkId}/feedback", Bodies.Feedback, "AFAF"),
        Scoped("POST", "/api/homework/{homeworkId:guid}/feedback/{feedbackId:guid}/release",
            m => $"/api/homework/{m.HomeworkId}/feedback/{m.FeedbackId}/release", Bodies.Empty, "AFAF"),
        Scoped("GET", "/api/homework/{homeworkId:guid}/feedback-requests",
            m => $"/api/homework/{m.HomeworkId}/feedback-requests", null, "RRRR"),
        Scoped("POST", "/api/homework/{homeworkId:guid}/feedback-requests",
            m => $"/api/homework/{m.HomeworkId}/feedback-requests", Bodies.CoworkerRequest, "AFFA"),
        Scoped("POST", "/api/homework/{homeworkId:guid}/reflection",
            m => $"/api/homework/{m.HomeworkId}/reflection", Bodies.Reflection, "AFFA"),

        Scoped("GET", "/api/participants/{participantId:guid}/homework",
            m => $"/api/participants/{m.MenteeId}/homework", null, "RRRR"),
        Scoped("GET", "/api/participants/{participantId:guid}/timeline",
            m => $"/api/participants/{m.MenteeId}/timeline", null, "RRRR"),
        Scoped("GET", "/api/participants/{participantId:guid}/notifications",
            m => $"/api/participants/{m.MenteeId}/notifications", null, "RFHR"),
        Scoped("POST", "/api/participants/{participantId:guid}/notifications/{notificationId:guid}/read",
            m => $"/api/participants/{m.MenteeId}/notifications/{m.NotificationId}/read", Bodies.Empty, "AFHA"),

        Anonymous("GET", "/api/feedback-links/{token}", m => $"/api/feedback-links/{m.LinkToken}", null),
        Anonymous("POST", "/api/feedback-links/{token}", m => $"/api/feedback-links/{m.LinkToken}", Bodies.Answer),
    ];

    private static readonly string[] Callers = ["admin", "coordinator", "mentor", "mentee", "stranger", "anonymous"];

    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var rule in Rules)
        {
            foreach (var caller in Callers)
            {
                cases.Add(rule.Name, caller, "own");
                if (rule.Scope != Scope.Unscoped)
                {
                    cases.Add(rule.Name, caller, "other");
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_CalledByEachCaller_AnswersWhatTheRulesSay(string rule, string caller, string target)
    {
        var row = Rules.Single(r => r.Name == rule);
        var mentoring = target == "own" ? world.Own : world.Other;
        var expected = row.Expected(caller, target);

        var response = await Send(ClientFor(caller), row, mentoring);

        Assert.True(
            Matches(expected, response.StatusCode),
            $"{rule} as {caller} on {target}: expected {Describe(expected)}, got {(int)response.StatusCode} " +
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void EveryApiEndpoint_HasARowInTheTable()
    {
        var inTable = Rules.Select(rule => rule.Endpoint).ToHashSet();

        var missing = ApiEndpoints().Select(EndpointName).Where(name => inTable.Contains(name) == false).ToList();
        var stale = inTable.Where(name => ApiEndpoints().Select(EndpointName).Contains(name) == false).ToList();

        Assert.True(missing.Count == 0, "Endpoints without an access rule: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Rules for endpoints that no longer exist: " + string.Join(", ", stale));
    }

    [Fact]
    public void EveryApiEndpoint_DeclaresThePersonPolicy_OrIsTheCoworkerLink()
    {
        var anonymous = Rules.Where(rule => rule.Scope == Scope.Anonymous).Select(rule => rule.Endpoint).ToHashSet();

        foreach (var endpoint in ApiEndpoints())
        {
            var name = EndpointName(endpoint);
            var allowsAnonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy);

            Assert.True(
                allowsAnonymous ? anonymous.Contains(name) : policies.Contains(AccessPolicies.Person),
                $"{name} must declare .RequireAuthorization(AccessPolicies.Person), or be the co-worker link.");
        }
    }

    private HttpClient ClientFor(string caller) => caller switch
    {
        "admin" => world.ClientFor(TestPeople.Admin),
        "coordinator" => world.ClientFor(TestPeople.Coordinator),
        "mentor" => world.ClientFor(TestPeople.Mentor),
        "mentee" => world.ClientFor(TestPeople.Mentee),
        "stranger" => world.ClientFor(TestPeople.Stranger),
        _ => world.ClientWithToken(null),
    };

    private static async Task<HttpResponseMessage> Send(HttpClient client, AccessRule rule, Mentoring mentoring)
    {
        var request = new HttpRequestMessage(new HttpMethod(rule.Method), rule.Route(mentoring));
        if (rule.Body?.Invoke(mentoring) is { } body)
        {
            request.Content = JsonContent.Create(body, options: ApiJson.Options);
        }

        return await client.SendAsync(request);
    }

    private static bool Matches(char expected, HttpStatusCode status) => expected switch
    {
        'R' => status == HttpStatusCode.OK,
        'A' => (int)status is >= 200 and < 300 || status == HttpStatusCode.Conflict,
        'F' => status == HttpStatusCode.Forbidden,
        'H' => status == HttpStatusCode.NotFound,
        'U' => status == HttpStatusCode.Unauthorized,
        _ => false,
    };

    private static string Describe(char expected) => expected switch
    {
        'R' => "200",
        'A' => "2xx or 409",
        'F' => "403",
        'H' => "404",
        _ => "401",
    };

    private List<RouteEndpoint> ApiEndpoints() =>
        world.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .ToList();

    private static string EndpointName(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"];

        return $"{string.Join(",", methods)} {endpoint.RoutePattern.RawText}";
    }

    private static AccessRule Scoped(
        string method,
        string template,
        Func<Mentoring, string> route,
        Func<Mentoring, object>? body,
        string letters,
        string? variant = null) =>
        new(method, template, route, body, letters, 'H', Scope.Scoped, variant);

    private static AccessRule Unscoped(
        string method,
        string template,
        Func<Mentoring, string> route,
        Func<Mentoring, object>? body,
        string letters,
        char stranger) =>
        new(method, template, route, body, letters, stranger, Scope.Unscoped, null);

    private static AccessRule Anonymous(
        string method,
        string template,
        Func<Mentoring, string> route,
        Func<Mentoring, object>? body) =>
        new(method, template, route, body, "AAAA", 'A', Scope.Anonymous, null);
}

internal enum Scope
{
    Scoped,
    Unscoped,
    Anonymous,
}

/// <summary>One row of the table: an endpoint, how to call it on a programme's resources, and who gets what.</summary>
internal sealed record AccessRule(
    string Method,
    string Template,
    Func<Mentoring, string> Route,
    Func<Mentoring, object>? Body,
    string Letters,
    char Stranger,
    Scope Scope,
    string? Variant)
{
    public string Endpoint => $"{Method} {Template}";

    public string Name => Variant is null ? Endpoint : $"{Endpoint} ({Variant})";

    public char Expected(string caller, string target) => caller switch
    {
        _ when Scope == Scope.Anonymous => 'A',
        "anonymous" => 'U',
        "stranger" => Stranger,
        "admin" => Letters[0],
        _ when target == "other" => 'H',
        "coordinator" => Letters[1],
        "mentor" => Letters[2],
        _ => Letters[3],
    };
}

/// <summary>Valid bodies, so that whatever a call answers is about access (or state), never about input.</summary>
internal static class Bodies
{
    private static readonly string[] Someone = ["someone@x.example"];

    public static object Programme(Mentoring _) => new
    {
        name = "A programme of one's own",
        cadenceDays = 14,
        startsOn = new DateOnly(2026, 1, 5),
        endsOn = new DateOnly(2026, 12, 18),
    };

    public static object Enrolment(Mentoring _) => new
    {
        displayName = "Nina New",
        email = $"nina.{Guid.NewGuid():N}@test.example",
        role = "mentee",
        timeZone = "Europe/Warsaw",
    };

    public static object TimeZone(Mentoring _) => new { timeZone = "Europe/Lisbon" };

    public static object Pair(Mentoring m) => new { mentorId = m.MentorId, menteeId = m.MenteeId, goal = "Again." };

    public static object Reason(Mentoring _) => new { reason = "Plans changed." };

    public static object Empty(Mentoring _) => new { };

    public static object Session(Mentoring _) => new
    {
        topic = "Delegation",
        start = "2026-04-02T15:00:00+00:00",
        durationMinutes = 60,
    };

    public static object Reschedule(Mentoring _) => new { start = "2026-03-06T15:00:00+00:00" };

    public static object Template(Mentoring _) => new { template = "Our agenda for today." };

    public static object Reflection(Mentoring _) => new { selfRating = 4, text = "I learnt to ask." };

    public static object Rating(Mentoring _) => new { rating = 5, comment = "Useful." };

    public static object Homework(Mentoring _) => new { assignee = "mentee", title = "Try the Eisenhower matrix" };

    public static object Progress(Mentoring _) => new { note = "Halfway there." };

    public static object Submission(Mentoring _) => new { results = "Done.", reflection = "Easier than feared." };

    public static object Edit(Mentoring _) => new { title = "Ask four co-workers", instructions = "Or five." };

    public static object Due(Mentoring _) => new { dueOn = "2026-03-20" };

    public static object Comment(Mentoring _) => new { text = "A word on this." };

    public static object Feedback(Mentoring _) => new { outcome = "accepted", wentWell = "Clear results." };

    public static object CoworkerRequest(Mentoring _) => new
    {
        question = "What do I do well?",
        emails = Someone,
        anonymous = false,
    };

    public static object Answer(Mentoring _) => new { answer = "You listen well." };
}
