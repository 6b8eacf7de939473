namespace ArticleBot.WebChat.Tests.Browser;

public sealed class BrowserFactAttributeTests
{
    [Fact]
    public void Without_chromium_the_browser_tests_skip_and_say_how_to_install_it()
    {
        var reason = BrowserFactAttribute.SkipReason(browserInstalled: false, ci: null);

        Assert.NotNull(reason);
        Assert.Contains("apt-get install -y chromium", reason);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    public void Under_CI_a_missing_chromium_is_not_skipped_so_the_run_fails(string ci)
    {
        Assert.Null(BrowserFactAttribute.SkipReason(browserInstalled: false, ci));
    }

    [Fact]
    public void With_chromium_installed_the_browser_tests_run()
    {
        Assert.Null(BrowserFactAttribute.SkipReason(browserInstalled: true, ci: "false"));
    }
}
