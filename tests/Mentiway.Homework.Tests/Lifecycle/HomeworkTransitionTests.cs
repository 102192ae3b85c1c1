using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.Lifecycle;

/// <summary>Every action from every status through the API: allowed ones change the item, others answer 409.</summary>
public sealed class HomeworkTransitionTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private static readonly Dictionary<string, string[]> AllowedFrom = new()
    {
        ["start"] = ["assigned"],
        ["progress"] = ["assigned", "inProgress"],
        ["edit"] = ["assigned", "inProgress"],
        ["submit"] = ["inProgress"],
        ["due"] = ["assigned", "inProgress"],
        ["carry-over"] = ["assigned", "inProgress"],
        ["cancel"] = ["assigned", "inProgress"],
        ["feedback"] = ["submitted"],
    };

    private readonly HomeworkScenario _scenario = new(app);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var status in new[] { "assigned", "inProgress", "submitted", "completed", "cancelled" })
        {
            foreach (var action in AllowedFrom.Keys)
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Act_FromEachStatus_ChangesOnlyWhereTheLifecycleAllows(string status, string action)
    {
        var id = await ItemIn(status);
        var before = await _scenario.VersionOf(id);

        var response = action == "feedback"
            ? await _scenario.GiveFeedback(id, "accepted")
            : await _scenario.Act(id, action);

        if (AllowedFrom[action].Contains(status))
        {
            Assert.True(response.IsSuccessStatusCode, $"{action} from {status} answered {response.StatusCode}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            // The Feedback module, which refuses feedback, keeps the item's status in lower case.
            Assert.Equal(
                status,
                (await response.ReadJson())["currentState"]!.GetValue<string>(),
                ignoreCase: action == "feedback");
            Assert.Equal(before, await _scenario.VersionOf(id));
        }
    }

    [Fact]
    public async Task Submit_WithoutReflection_AnswersBadRequestAndStaysInProgress()
    {
        var id = await ItemIn("inProgress");

        var response = await _scenario.Act(id, "submit", new { results = "Done", reflection = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reflection", await response.ReadErrorFields());
        Assert.Equal("inProgress", await _scenario.StatusOf(id));
    }

    [Fact]
    public async Task Edit_WhileAssigned_ChangesTitleAndInstructions()
    {
        var id = await ItemIn("assigned");

        var response = await _scenario.Act(id, "edit", new { title = "New title", instructions = "New *text*" });

        var item = await _scenario.Get(id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("New title", item["title"]!.GetValue<string>());
        Assert.Equal("New *text*", item["instructions"]!.GetValue<string>());
        Assert.Equal("\"2\"", response.Headers.ETag!.ToString());
    }

    private async Task<Guid> ItemIn(string status)
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);
        string[] steps = status switch
        {
            "assigned" => [],
            "inProgress" => ["start"],
            "submitted" => ["start", "submit"],
            "completed" => ["start", "submit"],
            "cancelled" => ["cancel"],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in steps)
        {
            (await _scenario.Act(id, step)).EnsureSuccessStatusCode();
        }

        if (status == "completed")
        {
            (await _scenario.GiveFeedback(id, "accepted")).EnsureSuccessStatusCode();
        }

        Assert.Equal(status, await _scenario.StatusOf(id));

        return id;
    }
}
