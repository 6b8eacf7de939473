global using System.Text.Json.Nodes;
global using ArticleBot.Core;
global using ArticleBot.Core.Answering;
global using ArticleBot.Slack.Tests.Fakes;
global using ArticleBot.Testing;
