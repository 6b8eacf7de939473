namespace ArticleBot.Discord.Mapping;

/// <summary>Message limits (https://discord.com/developers/docs/resources/message#create-message and the embed
/// limits table; fact sheet 2.3).</summary>
internal static class DiscordLimits
{
    /// <summary>A thread's (or forum post's) name.</summary>
    public const int ThreadName = 100;

    public const int Content = 2000;
    public const int Embeds = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int AuthorName = 256;
    public const int EmbedTotal = 6000;
    public const int ButtonLabel = 80;
    public const int CustomId = 100;
    public const int ButtonsPerRow = 5;
    public const int ActionRows = 5;
    public const int Url = 2048;
    public const int AutocompleteChoices = 25;
    public const int ChoiceText = 100;
}
