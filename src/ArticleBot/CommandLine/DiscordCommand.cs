using System.CommandLine;
using ArticleBot.Discord;
using ArticleBot.Discord.Interactions;
using ArticleBot.Hosting;

namespace ArticleBot.CommandLine;

/// <summary><c>discord register</c>: registers the slash commands, for a bot that answers HTTP interactions only.</summary>
internal static class DiscordCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("discord", "Discord set-up.");
        var register = new Command("register", "Register /ask, /quote, /source and /help with Discord (needs ArticleBot:Discord:Token once).");
        register.SetAction(async (_, cancellationToken) =>
        {
            using var services = CoreServices.Build(context.Settings);
            var options = new DiscordOptions();
            services.GetRequiredService<IConfiguration>().GetSection(DiscordOptions.SectionName).Bind(options);
            var message = await DiscordCommandRegistration.RegisterAsync(
                options, services.GetRequiredService<ILoggerFactory>(), TimeProvider.System, cancellationToken);
            context.Output.WriteLine(message);
            return 0;
        });
        command.Subcommands.Add(register);
        return command;
    }
}
