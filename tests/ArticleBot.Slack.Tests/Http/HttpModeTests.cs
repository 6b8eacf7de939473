using System.Net;
using System.Text.Json;
using ArticleBot.Slack.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ArticleBot.Slack.Tests.Http;

public sealed class HttpModeTests
{
    private const string Secret = "test-signing-secret";
    private static readonly JsonElement Vector = JsonDocument.Parse(File.ReadAllText(RepoPaths.ProtocolPayload("slack", "signing_test_vector.json"))).RootElement;
    private static readonly long VectorTimestamp = long.Parse(Vector.GetProperty("headers").GetProperty("X-Slack-Request-Timestamp").GetString()!);
    private readonly FakeQuestionAnswerer _answerer = new();

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    [Fact]
    public void The_documented_signature_example_is_reproduced_and_accepted_within_five_minutes()
    {
        var secret = Vector.GetProperty("signing_secret").GetString()!;
        var body = System.Text.Encoding.UTF8.GetBytes(Vector.GetProperty("raw_body").GetString()!);
        var stamp = VectorTimestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var verifier = new SlackSignatureVerifier(
            Options.Create(new SlackOptions { SigningSecret = secret }),
            new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(VectorTimestamp + 60)));

        Assert.Equal(Vector.GetProperty("expected_signature").GetString(), SlackSignatureVerifier.Sign(secret, stamp, body));
        Assert.Equal(SignatureCheck.Valid, verifier.Verify(stamp, Vector.GetProperty("expected_signature").GetString(), body));
        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify(stamp, "v0=" + new string('0', 64), body));
        Assert.Equal(SignatureCheck.Stale, verifier.Verify((VectorTimestamp - 301).ToString(System.Globalization.CultureInfo.InvariantCulture), Vector.GetProperty("expected_signature").GetString(), body));
    }

    [Fact]
    public async Task The_signing_example_is_accepted_at_its_time_and_rejected_with_401_when_tampered_or_stale()
    {
        var secret = Vector.GetProperty("signing_secret").GetString()!;
        var body = Vector.GetProperty("raw_body").GetString()!;
        var signature = Vector.GetProperty("expected_signature").GetString()!;
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(VectorTimestamp + 60));
        await using var host = await SlackHttpBotHost.StartAsync(null, _answerer, secret, time, runAdapter: false);

        var valid = await host.PostAsync("slack/commands", body, "application/x-www-form-urlencoded", VectorTimestamp, signature);
        var tampered = await host.PostAsync("slack/commands", body.Replace("roadrunner", "coyote"), "application/x-www-form-urlencoded", VectorTimestamp, signature);
        var badSignature = await host.PostAsync("slack/commands", body, "application/x-www-form-urlencoded", VectorTimestamp, "v0=" + new string('a', 64));
        var unsigned = await host.PostAsync("slack/commands", body, "application/x-www-form-urlencoded", VectorTimestamp, signature: "");
        time.Advance(TimeSpan.FromMinutes(5));
        var stale = await host.PostAsync("slack/commands", body, "application/x-www-form-urlencoded", VectorTimestamp, signature);

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, badSignature.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
    }

    [Fact]
    public async Task The_signing_example_is_stale_by_the_real_clock()
    {
        var secret = Vector.GetProperty("signing_secret").GetString()!;
        await using var host = await SlackHttpBotHost.StartAsync(null, _answerer, secret, runAdapter: false);

        var response = await host.PostAsync("slack/commands", Vector.GetProperty("raw_body").GetString()!, "application/x-www-form-urlencoded",
            VectorTimestamp, Vector.GetProperty("expected_signature").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_unsigned_ssl_check_gets_200_and_starts_nothing()
    {
        await using var host = await SlackHttpBotHost.StartAsync(null, _answerer, Secret);

        var response = await host.PostAsync("slack/commands", "ssl_check=1&token=x", "application/x-www-form-urlencoded", Now, signature: "");
        await Task.Delay(100);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task The_url_verification_challenge_is_answered()
    {
        await using var host = await SlackHttpBotHost.StartAsync(null, _answerer, Secret, runAdapter: false);
        var body = File.ReadAllText(RepoPaths.ProtocolPayload("slack", "events_url_verification.json"));
        var expected = JsonNode.Parse(File.ReadAllText(RepoPaths.ProtocolPayload("slack", "events_url_verification_response.json")))!;

        var response = await host.PostAsync("slack/events", body, "application/json", Now);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((string?)expected["challenge"], (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["challenge"]);
    }

    [Fact]
    public async Task A_mention_over_http_is_answered_once_in_its_thread_even_when_slack_retries_it()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await SlackHttpBotHost.StartAsync(slack, _answerer, Secret);
        var body = File.ReadAllText(RepoPaths.ProtocolPayload("slack", "events_app_mention.json"));

        var first = await host.PostAsync("slack/events", body, "application/json", Now);
        var retry = await host.PostAsync("slack/events", body, "application/json", Now, retryNum: 1);
        await Eventually.Until(() => slack.Messages.Count == 1, "the answer");
        await Task.Delay(200);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var answer = Assert.Single(slack.Messages);
        Assert.Equal(("C123ABC456", "1515449522.000016"), (answer.Channel, answer.ThreadTs));
        Assert.Equal("What is the hour of the pearl,?", Assert.Single(_answerer.Questions).Text);
    }

    [Fact]
    public async Task A_slash_command_over_http_is_acknowledged_at_once_and_answered_through_response_url()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await SlackHttpBotHost.StartAsync(slack, _answerer, Secret);
        var fields = FakeSlack.Payload("slash_command_form_fields.json");
        fields["command"] = "/ask";
        fields["text"] = "Who founded DeepSeek?";
        fields["response_url"] = slack.ResponseUrl("http-ask").ToString();
        var body = string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString((string)f.Value!)}"));

        var started = DateTimeOffset.UtcNow;
        var response = await host.PostAsync("slack/commands", body, "application/x-www-form-urlencoded", Now);
        var elapsed = DateTimeOffset.UtcNow - started;
        await Eventually.Until(() => slack.Responses.Count == 1, "the private answer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(elapsed < TimeSpan.FromSeconds(3));
        Assert.Equal(("Who founded DeepSeek?", QuestionIntent.Ask), (_answerer.Questions.Single().Text, _answerer.Questions.Single().Intent));
        Assert.Equal("ephemeral", slack.Responses.Single().ResponseType);
    }

    [Fact]
    public async Task A_share_click_over_http_posts_the_answer_in_the_channel()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await SlackHttpBotHost.StartAsync(slack, _answerer, Secret);
        var value = new ArticleBot.Slack.Mapping.SlackButton("Who founded DeepSeek?", QuestionIntent.Ask, 0, 3).Encode();
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = "U123" },
            ["channel"] = new JsonObject { ["id"] = "C123" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1.2", ["channel_id"] = "C123", ["is_ephemeral"] = true },
            ["response_url"] = slack.ResponseUrl("share-1").ToString(),
            ["trigger_id"] = "t-1",
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "share", ["type"] = "button", ["value"] = value }),
        };

        var response = await host.PostAsync("slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()), "application/x-www-form-urlencoded", Now);
        await Eventually.Until(() => slack.Responses.Count == 1, "the shared answer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shared = slack.Responses.Single();
        Assert.Equal("in_channel", shared.ResponseType);
        Assert.Contains("You asked: Who founded DeepSeek?", shared.BlockText);
        Assert.DoesNotContain(shared.Buttons, b => (string?)b["action_id"] == "share");
    }
}
