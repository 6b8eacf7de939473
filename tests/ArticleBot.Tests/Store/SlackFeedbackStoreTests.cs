using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ArticleBot.Core.Chat;
using ArticleBot.Tests.CommandLine;
using ArticleBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Tests.Store;

/// <summary>Slack's 👍 / 👎 through the real host (Slack in HTTP mode, signed requests) into the real store.</summary>
public sealed class SlackFeedbackStoreTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    [Fact]
    public async Task Slack_votes_reach_the_store_one_per_user_per_answer_with_the_latest_click_kept()
    {
        using var index = new TempIndex();
        var settings = new Dictionary<string, string?>
        {
            ["ArticleBot:RateLimits:Enabled"] = "false",
            ["ArticleBot:Slack:Enabled"] = "true",
            ["ArticleBot:Slack:BotToken"] = "xoxb-test-not-real",
            ["ArticleBot:Slack:SigningSecret"] = Secret,
            // Nothing listens there: the vote must not depend on Slack's Web API.
            ["ArticleBot:Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
        };
        await using (var host = await RealHost.StartAsync(index.Settings(), settings))
        {
            var slack = host.App.Services.GetServices<IChatAdapter>().Single(adapter => adapter.Platform == "slack");
            await StoreWriterTests.WaitUntil(() => slack.IsConnected);

            // U1 first finds the answer unhelpful, then changes their mind; U2 disagrees.
            Assert.Equal(HttpStatusCode.OK, await VoteAsync(host, "U1", helpful: false, "t-1"));
            await Task.Delay(200);
            Assert.Equal(HttpStatusCode.OK, await VoteAsync(host, "U1", helpful: true, "t-2"));
            Assert.Equal(HttpStatusCode.OK, await VoteAsync(host, "U2", helpful: false, "t-3"));
            await Task.Delay(500);
        }

        var (exitCode, output, error) = await Cli.RunAsync(index.Settings(), "", "report", "feedback", "--json");

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Equal(
            """{"article":"deepseek-liang-wenfeng","paragraph":2,"helpful":1,"not_helpful":1,"comments":[]}""",
            output.Trim());
    }

    /// <summary>A click on the answer's 👍 or 👎 as Slack posts it to the interactivity Request URL.</summary>
    private static async Task<HttpStatusCode> VoteAsync(RealHost host, string user, bool helpful, string triggerId)
    {
        var value = new JsonObject { ["q"] = "Who founded DeepSeek?", ["a"] = "deepseek-liang-wenfeng", ["p"] = 2, ["h"] = helpful };
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user },
            ["channel"] = new JsonObject { ["id"] = "C123" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000000.000100", ["channel_id"] = "C123", ["is_ephemeral"] = false },
            // The acknowledgement goes to a URL that refuses it; the vote is kept regardless.
            ["response_url"] = new Uri(host.Client.BaseAddress!, "healthz").ToString(),
            ["trigger_id"] = triggerId,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = helpful ? "feedback_helpful" : "feedback_not_helpful",
                ["type"] = "button",
                ["value"] = value.ToJsonString(),
            }),
        };
        var body = "payload=" + Uri.EscapeDataString(payload.ToJsonString());
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/interactions")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Content.Headers.ContentType!.CharSet = null;
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        using var response = await host.Client.SendAsync(request);
        return response.StatusCode;
    }
}
