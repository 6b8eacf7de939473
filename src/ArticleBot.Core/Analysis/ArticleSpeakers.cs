namespace ArticleBot.Core.Analysis;

/// <summary>What an article says about its people, gathered once before its quotations are read: their names, the
/// sex the text shows for some, and the roles held by exactly one of them.</summary>
internal sealed record ArticleSpeakers(SpeakerNames Names, IReadOnlyDictionary<string, Sex> Sexes, IReadOnlyDictionary<string, string> Roles);
