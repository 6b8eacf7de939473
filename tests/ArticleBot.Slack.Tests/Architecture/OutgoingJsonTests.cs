using ArticleBot.Slack.Mapping;

namespace ArticleBot.Slack.Tests.Architecture;

/// <summary>
/// What the bot sends Slack (Web API bodies, Socket Mode acknowledgements, HTTP responses) is built in
/// src/ArticleBot.Slack/Mapping only, so one folder shows every payload and the escaping rules on it cannot be
/// bypassed by a body put together elsewhere. Read from the compiled adapter (see Discord's test for the scan's own).
/// </summary>
public sealed class OutgoingJsonTests
{
    private static readonly IReadOnlyList<JsonBuildingSite> Sites = JsonBuildingScan.Find(typeof(SlackRequests).Assembly);

    [Fact]
    public void Json_for_Slack_is_built_only_in_the_mapping_folder()
    {
        var outside = Sites.Where(site => !site.IsIn("ArticleBot.Slack", "Mapping")).DistinctBy(site => (site.Document, site.Line)).ToList();

        Assert.True(outside.Count == 0, "Build these in src/ArticleBot.Slack/Mapping:\n" + string.Join('\n', outside));
    }

    [Fact]
    public void The_scan_sees_the_payloads_the_mapping_folder_builds()
    {
        Assert.Contains(Sites, site => site.Type == typeof(SlackReplyRenderer));
        Assert.Contains(Sites, site => site.Type == typeof(SlackRequests));
        Assert.All(Sites, site => Assert.True(site.IsIn("ArticleBot.Slack", "Mapping"), site.ToString()));
    }
}
