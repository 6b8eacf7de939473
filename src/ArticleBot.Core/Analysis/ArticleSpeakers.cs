namespace ArticleBot.Core.Analysis;

/// <summary>What an article says about its people, gathered once before its quotations are read: their names, the
/// sex the text shows for some, the roles held by exactly one of them, and the organisations that may speak instead.</summary>
internal sealed record ArticleSpeakers(SpeakerNames Names, IReadOnlyDictionary<string, Sex> Sexes, IReadOnlyDictionary<string, string> Roles, OrganisationNames Organisations);
