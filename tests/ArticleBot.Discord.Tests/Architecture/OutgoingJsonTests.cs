using ArticleBot.Discord.Forums;
using ArticleBot.Discord.Gateway;
using ArticleBot.Discord.Mapping;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Architecture;

/// <summary>
/// What the bot sends Discord (REST bodies, gateway frames, interaction responses) is built in
/// src/ArticleBot.Discord/Mapping only, so one folder shows every payload and the rules on it (no pings, limits)
/// cannot be bypassed by a body put together elsewhere. Read from the compiled adapter, not its text.
/// </summary>
public sealed class OutgoingJsonTests
{
    /// <summary>The bot's own files, written as JSON and never sent: the gateway session kept for a resume after a
    /// restart, and the forum posts already answered (with the serializer generated for it).</summary>
    private static readonly Type[] StateFiles = [typeof(SessionStore), typeof(AnsweredPosts), typeof(ForumJsonContext)];

    private static readonly IReadOnlyList<JsonBuildingSite> Sites = JsonBuildingScan.Find(typeof(DiscordAdapter).Assembly);

    [Fact]
    public void Json_for_Discord_is_built_only_in_the_mapping_folder()
    {
        var outside = Sites.Where(site => !site.IsIn("ArticleBot.Discord", "Mapping") && !StateFiles.Contains(site.Type))
            .DistinctBy(site => (site.Document, site.Line)).ToList();

        Assert.True(outside.Count == 0, "Build these in src/ArticleBot.Discord/Mapping:\n" + string.Join('\n', outside));
    }

    [Fact]
    public void The_scan_sees_the_payloads_the_mapping_folder_builds_and_the_state_files_it_excuses()
    {
        Assert.Contains(Sites, site => site.Type == typeof(ReplyRenderer) && site.IsIn("ArticleBot.Discord", "Mapping"));
        Assert.All(StateFiles, type => Assert.Contains(Sites, site => site.Type == type));
    }

    [Fact]
    public void The_scan_finds_json_built_in_every_form_and_only_there()
    {
        var source = File.ReadAllLines(RepoPaths.InRepo("tests", "ArticleBot.Discord.Tests", "Architecture", "JsonBuildingSamples.cs"));
        var building = Enumerable.Range(1, source.Length).Where(line => source[line - 1].EndsWith("// builds", StringComparison.Ordinal)).ToList();

        var found = JsonBuildingScan.Find(typeof(OutgoingJsonTests).Assembly).Where(site => site.Type == typeof(JsonBuildingSamples)).ToList();

        Assert.Equal(6, building.Count);
        Assert.Equal(building, found.Select(site => site.Line).Distinct().Order());
        Assert.All(found, site => Assert.False(site.IsIn("ArticleBot.Discord", "Mapping"), site.ToString()));
    }
}
